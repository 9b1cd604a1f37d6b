using Regie.Web.Data;

namespace Regie.Web.Infrastructure.Meldingen;

/// <summary>What a melding says and where it leads, composed when shown (a melding holds ids only). The casus is named by
/// the caller, from what the reader may see of it: code and gezinsnaam while betrokken, otherwise less.</summary>
public static class Meldingtekst
{
    /// <summary>How a casus the reader is no longer betrokken in is named: no code, no family name.</summary>
    public const string NietMeerBetrokken = "een casus waarbij u niet meer betrokken bent";

    /// <summary>"casus TW-2026-0042 (Tukker)", or just the code when the name may not be shown (the gemeente's regie-contact
    /// sees an escalated casus by its code only).</summary>
    public static string Casus(string code, string? gezinsnaam) =>
        gezinsnaam is null ? $"casus {code}" : $"casus {code} ({gezinsnaam})";

    /// <summary>The sentence for one melding; <paramref name="casus"/> as <see cref="Casus"/> or <see cref="NietMeerBetrokken"/>.</summary>
    public static string Zin(MeldingSoort soort, string casus) => soort switch
    {
        MeldingSoort.NieuwSignaal => $"De ouders hebben een signaal gegeven in {casus}.",
        MeldingSoort.NieuweOpschaling => $"Een professional heeft opgeschaald in {casus}.",
        MeldingSoort.SignaalAangevuld => $"Een signaal in {casus} is aangevuld of opnieuw geopend.",
        MeldingSoort.SignaalBeantwoord => $"Uw signaal in {casus} is beantwoord.",
        MeldingSoort.SignaalGeescaleerd => $"Een signaal in {casus} is naar de gemeente gegaan.",
        MeldingSoort.VraagVanGemeente => $"De gemeente vraagt u iets te doen met een signaal in {casus}.",
        MeldingSoort.MdoGevraagd => $"De gemeente vraagt een MDO in {casus}.",
        MeldingSoort.OverdrachtVoorgesteld => $"U wordt gevraagd de procesregie over te nemen in {casus}.",
        MeldingSoort.EvaluatieBinnenkort => $"Binnen 7 dagen is er een evaluatie in {casus}.",
        MeldingSoort.EvaluatieVerlopen => $"De datum van een evaluatie is voorbij in {casus}.",
        MeldingSoort.ToegevoegdAanCasus => $"U bent toegevoegd aan {casus}.",
        MeldingSoort.NieuweVersie => $"Er is een nieuwe geldende versie van de afspraken in {casus}.",
        MeldingSoort.AkkoordGegeven => $"Een ouder heeft gezegd of die akkoord is met de afspraken in {casus}.",
        MeldingSoort.ToestemmingIngetrokken => $"Een ouder heeft een toestemming om gegevens te delen ingetrokken in {casus}.",
        MeldingSoort.CorrectieGevraagd => $"Iemand uit het gezin vraagt om iets te verbeteren in {casus}. Antwoord binnen 4 weken.",
        MeldingSoort.CorrectieBeantwoord => $"Uw vraag om iets te verbeteren in {casus} is beantwoord.",
        MeldingSoort.CorrectieTermijnNadert => $"Binnen 7 dagen moet een ouder antwoord hebben op een vraag om iets te verbeteren in {casus}.",
        MeldingSoort.VernietigingUitgevoerd => "Het verzoek van een gezin om het dossier te vernietigen is uitgevoerd. De casus is geanonimiseerd.",
        MeldingSoort.VernietigingNietUitgevoerd => $"Het verzoek om het dossier te vernietigen is niet uitgevoerd in {casus}. Lees waarom.",
        MeldingSoort.VragenlijstAangeboden => "Er staat een korte vragenlijst voor u klaar over het werken met de handreiking.",
        MeldingSoort.ToegangGevraagd => $"Een professional vraagt of u hem of haar toevoegt aan {casus}.",
        // The asker is not betrokken: the sentence names no casus at all.
        MeldingSoort.ToegangGeweigerd => "De regievoerder van de casus die al bestond voor het gezin, heeft u niet toegevoegd. Neem contact op met uw teamleider als u denkt dat dit niet klopt.",
        _ => $"Er is iets nieuws in {casus}.",
    };

    /// <summary>The page a melding leads to (relative to the site), or null when there is none to open.</summary>
    public static string? Pad(MeldingSoort soort, Guid? casusId, Guid? onderwerpId)
    {
        if (soort == MeldingSoort.SignaalGeescaleerd) return onderwerpId is { } signaal ? $"/Escalaties/{signaal}" : null;
        if (soort == MeldingSoort.VragenlijstAangeboden) return onderwerpId is { } aanbod ? $"/Vragenlijsten/{aanbod}" : null;
        if (casusId is not { } c) return null;
        return soort switch
        {
            MeldingSoort.NieuwSignaal or MeldingSoort.NieuweOpschaling or MeldingSoort.SignaalAangevuld
                or MeldingSoort.SignaalBeantwoord or MeldingSoort.VraagVanGemeente => $"/Casussen/{c}/Signalen",
            MeldingSoort.MdoGevraagd => $"/Casussen/{c}/Mdo",
            MeldingSoort.OverdrachtVoorgesteld => $"/Casussen/{c}/Regie/Overdracht",
            MeldingSoort.EvaluatieBinnenkort or MeldingSoort.EvaluatieVerlopen =>
                onderwerpId is { } taak ? $"/Casussen/{c}/Taken#taak-{taak}" : $"/Casussen/{c}/Taken",
            MeldingSoort.NieuweVersie => $"/Casussen/{c}/Versies",
            MeldingSoort.AkkoordGegeven => $"/Casussen/{c}/Vaststellen",
            MeldingSoort.ToegangGevraagd => onderwerpId is { } verzoek ? $"/Casussen/{c}/Toegangsverzoeken/{verzoek}" : $"/Casussen/{c}/Betrokkenen",
            MeldingSoort.ToestemmingIngetrokken => $"/Casussen/{c}/Toestemming",
            MeldingSoort.CorrectieGevraagd or MeldingSoort.CorrectieTermijnNadert => onderwerpId is { } verzoek ? $"/Casussen/{c}/Correcties/{verzoek}" : $"/Casussen/{c}/Correcties",
            MeldingSoort.CorrectieBeantwoord => "/Ouders/Correctie",
            MeldingSoort.VernietigingNietUitgevoerd => $"/Casussen/{c}/Vernietiging",
            _ => $"/Casussen/{c}",
        };
    }
}
