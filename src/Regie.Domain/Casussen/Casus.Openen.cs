using Regie.Domain.Gedeeld;
using Regie.Domain.Handreiking;
using Regie.Domain.Organisaties;

namespace Regie.Domain.Casussen;

/// <summary>Opening a casus: who it starts with, from which day, under which code.</summary>
public sealed partial class Casus
{
    /// <summary>A professional opens a casus for a new family. They become its first betrokkene and, without a
    /// jeugdbeschermingsmaatregel, its voorlopig procesregievoerder (with one, regie lies with a GI that joins later).
    /// The casus starts on the day it is opened.</summary>
    public static Casus Open(string code, string gezinsnaam, Organisatie gemeente, IEnumerable<string> indicaties,
        Maatregel maatregel, string hulpvraag, HandreikingSjabloon sjabloon, Medewerker opener, Organisatie organisatieVanOpener,
        DateTimeOffset nu)
    {
        if (opener.OrganisatieId != organisatieVanOpener.Id) throw new DomeinException("De opener werkt niet bij deze organisatie.");
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        var casus = Open(code, gezinsnaam, gemeente, indicaties, maatregel, hulpvraag, sjabloon, vandaag);
        var ik = casus.VoegBetrokkeneToe(new BetrokkeneGegevens(BetrokkeneSoort.Professional, opener.Naam,
            opener.Functie ?? "Professional", opener.Telefoon, opener.Email, opener.Bereikbaarheid,
            organisatieVanOpener.Id, organisatieVanOpener.Naam, organisatieVanOpener.Type, opener.Id), vandaag);
        // A new casus has nobody yet, so the opener can always join; a refusal here is a bug.
        if (ik.IsFout) throw new DomeinException(ik.Melding);
        if (maatregel == Maatregel.Geen)
        {
            var regie = casus.WijsProcesregieToe(ik.Waarde!.Id, null, nu);
            if (regie.IsFout) throw new DomeinException(regie.Melding);
        }
        return casus;
    }

    /// <summary>A casus without its opener among the betrokkenen: for demo and test data that add everyone by hand.</summary>
    public static Casus Open(string code, string gezinsnaam, Organisatie gemeente, IEnumerable<string> indicaties,
        Maatregel maatregel, string hulpvraag, HandreikingSjabloon sjabloon, DateOnly startdatum)
    {
        if (gemeente.Type != OrganisatieType.Gemeente) throw new DomeinException("Een casus hoort bij een gemeente.");
        var schoneCode = Vereist.Tekst(code, "De casuscode", 20, "Code").Zeker().ToUpperInvariant();
        if (!CodePatroon().IsMatch(schoneCode)) throw new DomeinException("Een casuscode ziet eruit als TW-2026-0042.");
        var casus = new Casus
        {
            Id = Guid.NewGuid(),
            Code = schoneCode,
            Gezinsnaam = Vereist.Tekst(gezinsnaam, "De gezinsnaam", 200, nameof(Gezinsnaam)).Zeker(),
            GemeenteId = gemeente.Id,
            Indicaties = SchoneIndicaties(indicaties).Zeker(),
            Maatregel = maatregel,
            Hulpvraag = Vereist.Tekst(hulpvraag, "De hulpvraag", MaxHulpvraagLengte, nameof(Hulpvraag)).Zeker(),
            Status = CasusStatus.Concept,
            Startdatum = startdatum,
            SjabloonId = sjabloon.Id,
            SjabloonVersie = sjabloon.Versie,
        };
        casus._stappen.AddRange(sjabloon.Stappen.Select(s => new CasusStap(s)));
        return casus;
    }

    /// <summary>The start every code of this prefix and year shares, e.g. <c>TW-2026-</c>.</summary>
    public static string CodeBegin(string prefix, int jaar) => $"{prefix.Trim().ToUpperInvariant()}-{jaar}-";

    /// <summary>The next code of the year: one after the highest number already given with this prefix, so gaps left by a
    /// removed casus are never filled again (a printed code keeps pointing at one family).</summary>
    public static string VolgendeCode(string prefix, int jaar, IEnumerable<string> bestaandeCodes)
    {
        var begin = CodeBegin(prefix, jaar);
        var hoogste = bestaandeCodes
            .Where(c => c.StartsWith(begin, StringComparison.OrdinalIgnoreCase))
            .Select(c => int.TryParse(c[begin.Length..], out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return $"{begin}{hoogste + 1:0000}";
    }
}
