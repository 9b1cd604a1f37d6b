using Microsoft.EntityFrameworkCore;
using Regie.Domain.Logboek;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Logboek;
using Regie.Web.Infrastructure.Planner;
using static Regie.Web.Tests.Planner.PlannerTestdata;

namespace Regie.Web.Tests.Planner;

public sealed class SignaalEscalatieTests(RegieApp app) : IClassFixture<RegieApp>
{
    private Task<int> EscaleerAsync(DateTimeOffset nu) =>
        VoerUitAsync<SignaalEscalatie>(app, nu, (werk, ct) => werk.VoerUitAsync(ct));

    [Fact]
    public async Task Een_signaal_gaat_pas_na_drie_werkdagen_naar_de_gemeente_over_5_mei_en_een_weekend_heen()
    {
        // Thursday 30 April 2026, 16:00: working days are Friday 1 May, Monday 4 May and Wednesday 6 May (5 mei is a holiday).
        var signaal = await GeefSignaalAsync(app, NederlandseTijd(2026, 4, 30, 16));

        Assert.Equal(0, await EscaleerAsync(NederlandseTijd(2026, 5, 4, 9)));
        Assert.Equal(0, await EscaleerAsync(NederlandseTijd(2026, 5, 5, 12)));
        Assert.Equal(0, await EscaleerAsync(NederlandseTijd(2026, 5, 6, 23, 45)));
        await using (var db = app.NieuweDbContext())
        {
            Assert.Null((await db.Signalen.SingleAsync(s => s.Id == signaal.Id)).GeescaleerdOp);
            Assert.False(await db.Meldingen.AnyAsync(m => m.OnderwerpId == signaal.Id));
        }

        Assert.Equal(1, await EscaleerAsync(NederlandseTijd(2026, 5, 7, 0, 15)));
        // The job runs every 15 minutes, and may run twice: the second run makes nothing new.
        Assert.Equal(0, await EscaleerAsync(NederlandseTijd(2026, 5, 7, 0, 30)));

        await using var na = app.NieuweDbContext();
        var opgeschaald = await na.Signalen.SingleAsync(s => s.Id == signaal.Id);
        Assert.Equal(NederlandseTijd(2026, 5, 7, 0, 15), opgeschaald.GeescaleerdOp);
        Assert.Equal(1, opgeschaald.AantalEscalaties);
        var meldingen = await na.Meldingen.Where(m => m.OnderwerpId == signaal.Id).ToListAsync();
        Assert.NotEmpty(meldingen);
        Assert.All(meldingen, m => Assert.Equal(MeldingSoort.SignaalGeescaleerd, m.Soort));
        Assert.All(meldingen, m => Assert.Equal($"escalatie:{signaal.Id}:1", m.Sleutel));
        Assert.Equal(meldingen.Count, meldingen.Select(m => m.GebruikerId).Distinct().Count());

        var regel = await na.Logboek.SingleAsync(l => l.Entiteit == "Signaal" && l.Omschrijving!.Contains(signaal.Id.ToString()));
        Assert.Equal(LogboekActie.Gewijzigd, regel.Actie);
        Assert.Equal(Logboekschrijver.Systeem, regel.Gebruiker);
        Assert.Null(regel.GebruikerId);
        Assert.Equal(signaal.CasusId, regel.CasusId);
        Assert.DoesNotContain(GeheimeToelichting, regel.Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_beantwoord_signaal_gaat_niet_naar_de_gemeente()
    {
        var signaal = await GeefSignaalAsync(app, NederlandseTijd(2026, 6, 1, 10));
        await using (var db = app.NieuweDbContext())
        {
            var opgeslagen = await db.Signalen.SingleAsync(s => s.Id == signaal.Id);
            Assert.True(opgeslagen.Beantwoord("We bellen u morgen.", "Jeugdconsulent", NederlandseTijd(2026, 6, 3, 10)).Gelukt);
            await db.SaveChangesAsync();
        }

        await EscaleerAsync(NederlandseTijd(2026, 6, 10, 10));

        await using var na = app.NieuweDbContext();
        Assert.Null((await na.Signalen.SingleAsync(s => s.Id == signaal.Id)).GeescaleerdOp);
        Assert.False(await na.Meldingen.AnyAsync(m => m.OnderwerpId == signaal.Id));
    }

    [Fact]
    public async Task Een_evaluatie_binnen_zeven_dagen_geeft_de_regievoerder_een_melding_en_een_tweede_run_niets_nieuws()
    {
        var nu = NederlandseTijd(2026, 12, 1, 6, 30);
        await using (var db = app.NieuweDbContext())
        {
            await db.Casussen.Where(c => c.Code == Tukker)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.VolgendeEvaluatie, new DateOnly(2026, 12, 4)));
        }

        await VoerUitAsync<EvaluatieHerinnering>(app, nu, (werk, ct) => werk.VoerUitAsync(ct));
        var tweede = await VoerUitAsync<EvaluatieHerinnering>(app, nu.AddDays(1), (werk, ct) => werk.VoerUitAsync(ct));

        Assert.Equal(0, tweede);
        await using var na = app.NieuweDbContext();
        var consulent = await na.Users.SingleAsync(u => u.Email == "jeugdconsulent@demo.regie.test");
        var casus = await na.Casussen.SingleAsync(c => c.Code == Tukker);
        var melding = await na.Meldingen.SingleAsync(m => m.CasusId == casus.Id && m.OnderwerpId == null
                                                          && m.Soort == MeldingSoort.EvaluatieBinnenkort);
        Assert.Equal(consulent.Id, melding.GebruikerId);
    }

    [Fact]
    public async Task Zonder_SMTP_worden_meldingen_afgehandeld_zonder_mail()
    {
        await using (var db = app.NieuweDbContext())
        {
            var consulent = await db.Users.SingleAsync(u => u.Email == "jeugdconsulent@demo.regie.test");
            db.Meldingen.Add(new Melding(consulent.Id, MeldingSoort.NieuwSignaal, null, null, RegieApp.Start));
            await db.SaveChangesAsync();
        }

        await VoerUitAsync<MeldingenMailen>(app, RegieApp.Start.AddMinutes(1), (werk, ct) => werk.VoerUitAsync(ct));

        await using var na = app.NieuweDbContext();
        Assert.False(await na.Meldingen.AnyAsync(m => m.GemaildOp == null));
        Assert.False(await na.UitgaandeMails.AnyAsync());
    }
}
