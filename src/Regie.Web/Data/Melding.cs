using Microsoft.EntityFrameworkCore;

namespace Regie.Web.Data;

/// <summary>What a bell can say. The text is composed when shown, from the casus the reader may see: a melding holds ids only.</summary>
public enum MeldingSoort
{
    /// <summary>An ouder rang the bell; to the procesregievoerder.</summary>
    NieuwSignaal,

    /// <summary>A professional raised an opschaling; to the procesregievoerder (or the gemeente's regie-contact).</summary>
    NieuweOpschaling,

    /// <summary>The indiener added to a signaal or said the answer did not help; to the procesregievoerder.</summary>
    SignaalAangevuld,

    /// <summary>The regievoerder answered; to the indiener (an ouder gets the e-mail, without content).</summary>
    SignaalBeantwoord,

    /// <summary>Nobody answered in time, or a professional went straight to the gemeente; to the gemeente's regie-contact
    /// (or, while the gemeente has none, the regiocoördinatoren).</summary>
    SignaalGeescaleerd,

    /// <summary>The regie-contact asks the regievoerder to act on an escalated signaal.</summary>
    VraagVanGemeente,

    /// <summary>The regie-contact calls an MDO; to every professional betrokkene.</summary>
    MdoGevraagd,

    /// <summary>A warm overdracht proposed to this professional.</summary>
    OverdrachtVoorgesteld,

    /// <summary>An evaluation date of a taak within 7 days; to whoever does it (or the regievoerder).</summary>
    EvaluatieBinnenkort,

    /// <summary>An evaluation date that has passed.</summary>
    EvaluatieVerlopen,

    /// <summary>This professional was added to a casus: the melding shows "wat is er afgesproken".</summary>
    ToegevoegdAanCasus,

    /// <summary>A casus this professional is in has a new geldende versie.</summary>
    NieuweVersie,

    /// <summary>An ouder (or a jeugdige from 16) answered the concept in the portal; to the procesregievoerder.</summary>
    AkkoordGegeven,

    /// <summary>The regiocoördinator sent the professionals' questionnaire at a meetmoment; about the offer, not a casus.</summary>
    VragenlijstAangeboden,

    /// <summary>A professional found this casus when opening a new one and asks to be added; to the procesregievoerder.
    /// The onderwerp is the <see cref="Regie.Domain.Casussen.Toegangsverzoek"/>.</summary>
    ToegangGevraagd,

    /// <summary>The regievoerder declined a toegangsverzoek; to the professional who asked (an accepted one sends
    /// <see cref="ToegevoegdAanCasus"/>).</summary>
    ToegangGeweigerd,
    /// <summary>An ouder withdrew a toestemming in the portal; to the procesregievoerder.</summary>
    ToestemmingIngetrokken,

    /// <summary>An ouder asked to correct what Regie holds (AVG art. 16); to the procesregievoerder (see
    /// <see cref="Infrastructure.Meldingen.Melder.AanBeslisserAsync"/>). The onderwerp is the correctieverzoek.</summary>
    CorrectieGevraagd,

    /// <summary>The regievoerder answered a correctieverzoek; to the ouder who asked (the e-mail carries no content).</summary>
    CorrectieBeantwoord,

    /// <summary>An open correctieverzoek's term ends within 7 days; to the procesregievoerder, once (EvaluatieHerinnering).</summary>
    CorrectieTermijnNadert,

    /// <summary>The beheerder carried out the family's request to destroy the file; to who recorded it. No casus: it is gone.</summary>
    VernietigingUitgevoerd,

    /// <summary>The beheerder did not carry it out, for a legal reason shown on the casus; to who recorded it.</summary>
    VernietigingNietUitgevoerd,
}

/// <summary>One line under someone's bell: read or unread, per person. Mailed directly or in the daily summary
/// (<see cref="Gebruiker.MailVoorkeur"/>), by the scheduler, never from the request that made it.</summary>
public sealed class Melding
{
    private Melding() { }

    public Melding(Guid gebruikerId, MeldingSoort soort, Guid? casusId, Guid? onderwerpId, DateTimeOffset op, string? sleutel = null)
    {
        Id = Guid.NewGuid();
        GebruikerId = gebruikerId;
        Soort = soort;
        CasusId = casusId;
        OnderwerpId = onderwerpId;
        Op = op;
        Sleutel = sleutel;
    }

    public Guid Id { get; private set; }

    /// <summary>The account the melding is for (a professional, a regiocoördinator or an ouder).</summary>
    public Guid GebruikerId { get; private set; }

    public MeldingSoort Soort { get; private set; }
    public Guid? CasusId { get; private set; }

    /// <summary>The signaal, overdracht, taak or version it is about, if any.</summary>
    public Guid? OnderwerpId { get; private set; }

    public DateTimeOffset Op { get; private set; }
    public DateTimeOffset? GelezenOp { get; private set; }

    /// <summary>When it went into a mail (direct or the summary); null while it waits, and for a person without e-mail.</summary>
    public DateTimeOffset? GemaildOp { get; private set; }

    /// <summary>For meldingen a job makes: unique per person, so a job that runs twice makes it once
    /// (e.g. "evaluatie-binnenkort:{taak}:{datum}").</summary>
    public string? Sleutel { get; private set; }

    public void MarkeerGelezen(DateTimeOffset nu) => GelezenOp ??= nu;

    public void MarkeerGemaild(DateTimeOffset nu) => GemaildOp ??= nu;
}

internal sealed class MeldingConfiguration : IEntityTypeConfiguration<Melding>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Melding> builder)
    {
        builder.ToTable("Meldingen");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Sleutel).HasMaxLength(200);
        builder.HasOne<Gebruiker>().WithMany().HasForeignKey(m => m.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Regie.Domain.Casussen.Casus>().WithMany().HasForeignKey(m => m.CasusId).OnDelete(DeleteBehavior.Cascade);
        // The bell's count: unread per person, read on every page.
        builder.HasIndex(m => m.GebruikerId).HasFilter("\"GelezenOp\" IS NULL").HasDatabaseName("IX_Meldingen_Ongelezen");
        builder.HasIndex(m => new { m.GebruikerId, m.Op });
        builder.HasIndex(m => m.Op).HasFilter("\"GemaildOp\" IS NULL").HasDatabaseName("IX_Meldingen_NietGemaild");
        builder.HasIndex(m => new { m.GebruikerId, m.Sleutel }).IsUnique().HasFilter("\"Sleutel\" IS NOT NULL");
    }
}
