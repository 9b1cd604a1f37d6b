using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Correcties;
using Regie.Domain.Handreiking;
using Regie.Domain.Logboek;
using Regie.Domain.Organisaties;
using Regie.Domain.Regievoering;
using Regie.Domain.Signalen;
using Regie.Domain.Toestemmingen;
using Regie.Domain.Vragenlijsten;

using Regie.Web.Regio;

namespace Regie.Web.Data;

public sealed class RegieDbContext(DbContextOptions<RegieDbContext> options)
    : IdentityDbContext<Gebruiker, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Shared by every app instance, so that each accepts the others' cookies and antiforgery tokens.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Uitnodiging> Uitnodigingen => Set<Uitnodiging>();
    public DbSet<Sessie> Sessies => Set<Sessie>();
    public DbSet<Wachtwoordherstel> Wachtwoordherstellen => Set<Wachtwoordherstel>();

    public DbSet<Organisatie> Organisaties => Set<Organisatie>();
    public DbSet<Medewerker> Medewerkers => Set<Medewerker>();
    public DbSet<HandreikingSjabloon> Sjablonen => Set<HandreikingSjabloon>();
    public DbSet<Casus> Casussen => Set<Casus>();
    public DbSet<Betrokkene> Betrokkenen => Set<Betrokkene>();
    public DbSet<CasusStap> CasusStappen => Set<CasusStap>();
    public DbSet<Taak> Taken => Set<Taak>();
    public DbSet<Regietoewijzing> Regietoewijzingen => Set<Regietoewijzing>();
    public DbSet<Overdracht> Overdrachten => Set<Overdracht>();
    public DbSet<Overleg> Overleggen => Set<Overleg>();
    public DbSet<Handreikingversie> Handreikingversies => Set<Handreikingversie>();
    public DbSet<Akkoordreactie> Akkoordreacties => Set<Akkoordreactie>();
    public DbSet<Toegangsverzoek> Toegangsverzoeken => Set<Toegangsverzoek>();
    public DbSet<HandreikingPdf> HandreikingPdfs => Set<HandreikingPdf>();
    public DbSet<Signaal> Signalen => Set<Signaal>();
    public DbSet<Toestemming> Toestemmingen => Set<Toestemming>();
    public DbSet<Deelbesluit> Deelbesluiten => Set<Deelbesluit>();
    public DbSet<Correctieverzoek> Correctieverzoeken => Set<Correctieverzoek>();
    public DbSet<VragenlijstInvulling> VragenlijstInvullingen => Set<VragenlijstInvulling>();
    public DbSet<Vragenlijstversie> Vragenlijstversies => Set<Vragenlijstversie>();
    public DbSet<Vragenlijstaanbod> Vragenlijstaanbiedingen => Set<Vragenlijstaanbod>();
    public DbSet<Meetmoment> Meetmomenten => Set<Meetmoment>();
    public DbSet<LogboekRegel> Logboek => Set<LogboekRegel>();
    public DbSet<Melding> Meldingen => Set<Melding>();
    public DbSet<UitgaandeMail> UitgaandeMails => Set<UitgaandeMail>();
    public DbSet<Casusstand> Casusstanden => Set<Casusstand>();
    public DbSet<Maandtotaal> Maandtotalen => Set<Maandtotaal>();
    public DbSet<Regie.Domain.Bewaren.Vernietigingsverzoek> Vernietigingsverzoeken => Set<Regie.Domain.Bewaren.Vernietigingsverzoek>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RegieDbContext).Assembly);

        // Domain entities make their own Guid in the constructor. Telling EF so makes a new child found in a
        // collection (a taak, a toewijzing) an insert instead of an update of a row that does not exist.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Assembly == typeof(Casus).Assembly))
        {
            if (entity.FindProperty("Id") is { ClrType: var type } id && type == typeof(Guid)) id.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable strings: the database is read by people too (logboek, research exports).
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
