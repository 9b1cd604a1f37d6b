using Regie.Domain.Gedeeld;

namespace Regie.Domain.Casussen;

/// <summary>Changing what was written down earlier: a betrokkene's contact details and a taak. Each change answers with
/// the names of the fields that changed (what the logboek writes, never the values), or a refusal that names its field.</summary>
/// <summary>Gezag and geboortedatum as the form has them, with the day a date of birth is checked against.</summary>
public sealed record Gezinsgegevens(bool? HeeftGezag, DateOnly? Geboortedatum, DateOnly Vandaag);

public sealed partial class Casus
{
    /// <summary>Without <paramref name="gezin"/> gezag and geboortedatum stay as they are (a professional's profile).</summary>
    public Uitkomst<IReadOnlyList<string>> WijzigContactVan(Guid betrokkeneId, string? rolOfRelatie, string? telefoon, string? email,
        string? bereikbaarheid, Gezinsgegevens? gezin = null)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<IReadOnlyList<string>>(fout, nameof(Betrokkene.Id));
        var b = _betrokkenen.SingleOrDefault(x => x.Id == betrokkeneId);
        if (b is null) return Uitkomst.Fout<IReadOnlyList<string>>("Deze betrokkene hoort niet bij deze casus.", nameof(Betrokkene.Id));
        if (!b.IsActief)
            return Uitkomst.Fout<IReadOnlyList<string>>($"{b.Naam} is niet meer betrokken; de gegevens blijven zoals ze waren.", nameof(Betrokkene.Id));

        var rol = Schoon(rolOfRelatie);
        var tel = Schoon(telefoon);
        var mail = Schoon(email);
        var bereikbaar = Schoon(bereikbaarheid);
        if (rol is null) return Uitkomst.Fout<IReadOnlyList<string>>("Vul de rol of relatie in.", nameof(Betrokkene.RolOfRelatie));
        if (rol.Length > 200) return Uitkomst.Fout<IReadOnlyList<string>>("De rol of relatie mag hoogstens 200 tekens lang zijn.", nameof(Betrokkene.RolOfRelatie));
        if (tel is { Length: > Contactgegevens.MaxTelefoon })
            return Uitkomst.Fout<IReadOnlyList<string>>($"Het telefoonnummer mag hoogstens {Contactgegevens.MaxTelefoon} tekens lang zijn.", nameof(Betrokkene.Telefoon));
        // Only a changed number is checked: an old free-text value must not block changing something else.
        if (tel is not null && tel != b.Telefoon && !Contactgegevens.IsTelefoonnummer(tel))
            return Uitkomst.Fout<IReadOnlyList<string>>(Contactgegevens.TelefoonMelding, nameof(Betrokkene.Telefoon));
        if (mail is { Length: > Contactgegevens.MaxEmail })
            return Uitkomst.Fout<IReadOnlyList<string>>($"Een e-mailadres is hoogstens {Contactgegevens.MaxEmail} tekens.", nameof(Betrokkene.Email));
        if (mail is not null && mail != b.Email && !Contactgegevens.IsEmailadres(mail))
            return Uitkomst.Fout<IReadOnlyList<string>>(Contactgegevens.EmailMelding, nameof(Betrokkene.Email));
        if (bereikbaar is { Length: > Contactgegevens.MaxBereikbaarheid })
            return Uitkomst.Fout<IReadOnlyList<string>>($"De bereikbaarheid mag hoogstens {Contactgegevens.MaxBereikbaarheid} tekens lang zijn.", nameof(Betrokkene.Bereikbaarheid));
        var gezag = gezin is null ? b.HeeftGezag : gezin.HeeftGezag;
        var geboren = gezin is null ? b.Geboortedatum : gezin.Geboortedatum;
        // Only what changed is checked: a date of birth that has since passed 25 years must not block a new telefoon.
        if (gezin is not null && Betrokkene.ControleerGezinsgegevens(b.Soort, b.IsOuder, gezag != b.HeeftGezag ? gezag : null,
                geboren != b.Geboortedatum ? geboren : null, gezin.Vandaag) is { IsFout: true } nee)
            return nee.Als<IReadOnlyList<string>>();

        var velden = new List<string>();
        if (rol != b.RolOfRelatie) velden.Add(b.IsProfessional ? "Rol" : "Rol of relatie");
        if (tel != b.Telefoon) velden.Add("Telefoon");
        if (mail != b.Email) velden.Add("E-mail");
        if (bereikbaar != b.Bereikbaarheid) velden.Add("Bereikbaarheid");
        var contactGewijzigd = velden.Count > 0;
        if (gezag != b.HeeftGezag) velden.Add(nameof(Betrokkene.HeeftGezag));
        if (geboren != b.Geboortedatum) velden.Add(nameof(Betrokkene.Geboortedatum));
        if (contactGewijzigd && b.WijzigContact(b.Naam, rol, tel, mail, bereikbaar) is { IsFout: true } geweigerd)
            return geweigerd.Als<IReadOnlyList<string>>();
        b.WijzigGezinsgegevens(gezag, geboren);
        return Uitkomst.Ok<IReadOnlyList<string>>(velden);
    }

    /// <summary>A professional changed their own telefoon or bereikbaarheid: their active rows follow, so the ouders call
    /// the right number. Only the given fields change; a casus-specific e-mail or rol stays. Closed casussen keep what was.</summary>
    public Uitkomst<IReadOnlyList<string>> NeemProfielOver(Guid medewerkerId, bool telefoonGewijzigd, string? telefoon,
        bool bereikbaarheidGewijzigd, string? bereikbaarheid)
    {
        var b = _betrokkenen.SingleOrDefault(x => x.MedewerkerId == medewerkerId && x.IsActief);
        if (b is null || Status == CasusStatus.Afgesloten) return Uitkomst.Ok<IReadOnlyList<string>>([]);
        return WijzigContactVan(b.Id, b.RolOfRelatie, telefoonGewijzigd ? telefoon : b.Telefoon, b.Email,
            bereikbaarheidGewijzigd ? bereikbaarheid : b.Bereikbaarheid);
    }

    /// <summary>Changes a taak with the rules of adding one. A termijn or a wie that stays as it was is not checked again:
    /// an overdue taak can still get a better omschrijving.</summary>
    public Uitkomst<IReadOnlyList<string>> WijzigTaak(Guid taakId, string? omschrijving, Guid betrokkeneId, string? resultaat,
        DateOnly? termijn, DateOnly vandaag)
    {
        if (IsAfgesloten(out var fout)) return Uitkomst.Fout<IReadOnlyList<string>>(fout, nameof(Taak.Id));
        var taak = _taken.SingleOrDefault(t => t.Id == taakId);
        if (taak is null) return Uitkomst.Fout<IReadOnlyList<string>>("Deze taak hoort niet bij deze casus.", nameof(Taak.Id));

        var wat = Schoon(omschrijving);
        var voor = Schoon(resultaat);
        if (wat is null) return Uitkomst.Fout<IReadOnlyList<string>>("Schrijf op wat er gedaan wordt.", nameof(Taak.Omschrijving));
        if (wat.Length > 1000) return Uitkomst.Fout<IReadOnlyList<string>>("Wat er gedaan wordt mag hoogstens 1000 tekens lang zijn.", nameof(Taak.Omschrijving));
        if (betrokkeneId != taak.BetrokkeneId && !_betrokkenen.Any(b => b.Id == betrokkeneId && b.IsActief))
            return Uitkomst.Fout<IReadOnlyList<string>>("Een taak is voor iemand die nu betrokken is.", nameof(Taak.BetrokkeneId));
        if (voor is { Length: > 300 })
            return Uitkomst.Fout<IReadOnlyList<string>>("Het resultaat of levensgebied mag hoogstens 300 tekens lang zijn.", nameof(Taak.Resultaat));
        if (termijn != taak.Termijn && termijn is { } datum && datum < vandaag)
            return Uitkomst.Fout<IReadOnlyList<string>>("De termijn ligt in het verleden.", nameof(Taak.Termijn));
        if (termijn != taak.Termijn && termijn > LaatsteDatum(vandaag))
            return Uitkomst.Fout<IReadOnlyList<string>>(TeVerVooruit("De termijn", vandaag), nameof(Taak.Termijn));

        var velden = new List<string>();
        if (wat != taak.Omschrijving) velden.Add("Omschrijving");
        if (betrokkeneId != taak.BetrokkeneId) velden.Add("Wie");
        if (voor != taak.Resultaat) velden.Add("Resultaat");
        if (termijn != taak.Termijn) velden.Add("Termijn");
        if (velden.Count > 0)
        {
            taak.Wijzig(wat, betrokkeneId, voor, termijn);
            AfsprakenVeranderd();
        }
        return Uitkomst.Ok<IReadOnlyList<string>>(velden);
    }

    private static string? Schoon(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
