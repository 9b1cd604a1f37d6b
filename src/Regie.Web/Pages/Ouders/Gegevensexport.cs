using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;
using Regie.Domain.Signalen;
using Regie.Web.Afdrukken;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Autorisatie;
using Regie.Web.Infrastructure.Casussen;
using Regie.Web.Infrastructure.Signalen;
using Microsoft.EntityFrameworkCore;

using static Regie.Web.Afdrukken.AlleGegevens;

namespace Regie.Web.Pages.Ouders;

/// <summary>"Alles wat Regie over ons bewaart" (AVG artikel 15) for one ouder: the casus, who takes part, the afspraken, the
/// taken, the vastgestelde versies, this ouder's own signalen and the logboek as the portal shows it. What belongs to a
/// jeugdige of 16 or older or to the other ouder is left out (AVG 15(4), Jeugdwet) unless that person agreed
/// (<see cref="Betrokkene.InKopieSinds"/>), and the file says so in "weggelaten". A jeugdige from 16 gets their own part only.
/// Network members' phone and e-mail never go in: they are third parties.</summary>
public static class Gegevensexport
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Dutch letters as they are: the file is read by people too.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static string? _aanvulling;

    /// <summary>The ouder's (or jeugdige's) own casus with the signalen and the whole logboek, read in the casus' statement (no
    /// Bekeken line: the caller logs the export). Null when they have no casus.</summary>
    public static async Task<(Guid CasusId, AlleGegevens Export)?> LeesAsync(Casuslader lader, RegieDbContext db, ClaimsPrincipal user,
        DateTimeOffset nu, CancellationToken ct)
    {
        // All signalen of the casus: which of them go in (one's own, a consenting gezinslid's) is decided in Maak.
        _aanvulling ??= $"json_build_object('Signalen', {Signaallezer.Aanvulling(db.Model, Signaalfilter.Casus)}, 'Logboek', {Inzageregels.Aanvulling})";
        if (await lader.LeesEigenCasusAsync(ct, _aanvulling, Inzageregels.Waarden(0, int.MaxValue)) is not { } geladen) return null;
        if (RegieClaims.BetrokkeneIdVan(user) is not { } eigenId || RegieClaims.GebruikerIdVan(user) is not { } gebruikerId) return null;
        using var delen = JsonDocument.Parse(geladen.Aanvulling!);
        var signalen = Signaallezer.Lees(db.Model, delen.RootElement.GetProperty("Signalen").GetRawText()).Select(s => s.Signaal).ToList();
        var regels = Inzageregels.Lees(delen.RootElement.GetProperty("Logboek").GetRawText(), geladen.Casus);
        // The accounts of the gezinsleden who let their data into the others' copies: their signalen go in too.
        var toegestaan = geladen.Casus.Betrokkenen.Where(b => b.InKopieSinds is not null && b.Id != eigenId).Select(b => (Guid?)b.Id).ToList();
        var indieners = toegestaan.Count == 0 ? [] : await db.Users.Where(u => toegestaan.Contains(u.BetrokkeneId)).Select(u => u.Id).ToListAsync(ct);
        indieners.Add(gebruikerId);
        var eigen = signalen.Where(s => s.Bron == SignaalBron.Ouder && indieners.Contains(s.IndienerId));
        return (geladen.Casus.Id, Maak(geladen.Casus, geladen.Gemeente, eigenId, eigen, regels, nu));
    }

    /// <param name="eigenId">The betrokkene the copy is for: an ouder, or a jeugdige from 16.</param>
    /// <param name="signalen">The signalen that go in: one's own and those of a gezinslid who agreed.</param>
    public static AlleGegevens Maak(Casus casus, string gemeente, Guid eigenId, IEnumerable<Signaal> signalen,
        IReadOnlyList<Inzageregel> logboek, DateTimeOffset nu)
    {
        var vandaag = Weergave.Dag(nu);
        var ik = casus.Betrokkenen.Single(b => b.Id == eigenId);
        // Whose details are their own (AVG 15(4), Jeugdwet): for an ouder the other ouder and a jeugdige from 16; for a
        // jeugdige every other gezinslid. Unless that person agreed to be in the others' copies.
        var eigenRecht = casus.Betrokkenen.Where(b => b.Soort == BetrokkeneSoort.Gezinslid && b.Id != ik.Id
            && (ik.IsJeugdige || b.IsOuder || b.LeeftijdOp(vandaag) >= Casus.BeslisLeeftijd) && b.InKopieSinds is null).ToList();
        var afgeschermd = eigenRecht.Select(b => b.Id).ToHashSet();
        // Taken: an ouder's copy keeps the other ouder's (the ouders agreed them together); a jeugdige's has only their own.
        var zonderTaken = eigenRecht.Where(b => ik.IsJeugdige || b.IsJeugdige).Select(b => b.Id).ToHashSet();
        var namen = casus.Betrokkenen.ToDictionary(b => b.Id, b => b.Naam);

        var weggelaten = new List<string>();
        if (ik.IsJeugdige)
        {
            if (afgeschermd.Count > 0)
                weggelaten.Add("De telefoon, het e-mailadres, de geboortedatum, de taken en de signalen van uw ouders en andere gezinsleden. "
                    + "Die gegevens zijn van hen zelf (AVG artikel 15 lid 4). Naam en rol staan er wel in.");
        }
        else
        {
            if (eigenRecht.Any(b => b.IsOuder))
            {
                weggelaten.Add("De telefoon, het e-mailadres en de bereikbaarheid van de andere ouder. Die gegevens zijn van die ouder zelf "
                    + "(AVG artikel 15 lid 4). Naam en rol staan er wel in.");
                weggelaten.Add("De signalen van de andere ouder. Iedere ouder krijgt zijn eigen signalen.");
            }
            if (eigenRecht.Any(b => b.IsJeugdige))
                weggelaten.Add("De contactgegevens, de geboortedatum en de taken van een jeugdige van 16 jaar of ouder. Vanaf 16 jaar "
                    + "beslist de jeugdige zelf over die gegevens (Jeugdwet, AVG artikel 15 lid 4). Naam en rol staan er wel in.");
        }
        // Family and friends who help are third parties: their phone and e-mail are not the family's data.
        if (casus.Betrokkenen.Any(b => b.Soort == BetrokkeneSoort.Netwerk && (b.Telefoon is not null || b.Email is not null)))
            weggelaten.Add("De telefoon en het e-mailadres van mensen uit het netwerk, zoals familie of buren. Die gegevens zijn van hen zelf. "
                + "Naam en rol staan er wel in.");

        Persoon Persoon(Betrokkene b)
        {
            var zonderContact = afgeschermd.Contains(b.Id);
            var netwerk = b.Soort == BetrokkeneSoort.Netwerk;
            return new(b.Naam, b.RolOfRelatie, Weergave.Soort(b.Soort), b.OrganisatieNaam,
                zonderContact || netwerk ? null : b.Telefoon, zonderContact || netwerk ? null : b.Email, zonderContact ? null : b.Bereikbaarheid,
                zonderContact ? null : b.Geboortedatum, b.BetrokkenVan, b.BetrokkenTot);
        }

        return new AlleGegevens(nu, ik.Naam,
            new Casusgegevens(casus.Code, casus.Gezinsnaam, gemeente, Weergave.Status(casus.Status), casus.Hulpvraag, casus.Startdatum,
                casus.Afsluitdatum, casus.VolgendeEvaluatie),
            [.. casus.Betrokkenen.OrderBy(b => b.Soort).ThenBy(b => b.Naam, StringComparer.Create(Weergave.Nl, true)).Select(Persoon)],
            [.. casus.Stappen.OrderBy(s => s.Nummer).Select(s => new Stapafspraken(s.Nummer, s.Titel, Weergave.Status(s.Status), s.Afspraken, s.GewijzigdOp))],
            [.. casus.Taken.Where(t => !zonderTaken.Contains(t.BetrokkeneId)).OrderBy(t => t.Termijn ?? DateOnly.MaxValue)
                .Select(t => new Taakgegevens(t.Omschrijving, namen.GetValueOrDefault(t.BetrokkeneId, "onbekend"), t.Resultaat, t.Termijn,
                    Weergave.Status(t.Status)))],
            [.. casus.Versies.OrderBy(v => v.Volgnummer).Select(v => new Versiegegevens(v.Volgnummer, v.VastgesteldOp, v.Status == VersieStatus.Geldend))],
            [.. signalen.OrderBy(s => s.IngediendOp).Select(s => new Signaalgegevens(SignaalWeergave.Soort(s.Soort), s.Toelichting, s.IngediendOp,
                SignaalWeergave.Status(s.Status), [.. s.Berichten.OrderBy(b => b.Op).Select(b => new Bericht(b.Door, b.Tekst, b.Op))]))],
            [.. logboek.Select(r => new Logboekregel(r.Tijdstip, r.Wie, r.Organisatie, r.Wat))],
            weggelaten);
    }
}
