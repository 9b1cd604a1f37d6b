using System.Text;
using Regie.Domain.Handreiking;

namespace Regie.Datagenerator;

/// <summary>Dutch sentences as professionals write them at the table, combined into texts of varied length.
/// Placeholders: {kind}, {ouder}, {regievoerder}, {zorg} (a zorgaanbieder's professional), {organisatie}.</summary>
public static class Teksten
{
    public static readonly string[] Hulpvraag =
    [
        "{kind} loopt vast op school en verzuimt steeds vaker.",
        "Ouders maken zich zorgen over de woede-uitbarstingen van {kind} thuis.",
        "Er zijn geldzorgen; vader is onlangs ontslagen.",
        "Moeder is langdurig ziek en kan de zorg voor de kinderen niet alleen dragen.",
        "{kind} heeft een ontwikkelingsachterstand en heeft meer structuur nodig dan thuis lukt.",
        "Ouders zijn gescheiden en komen niet tot afspraken over de omgang.",
        "Er is sprake van huiselijk geweld in het verleden; de veiligheid moet in beeld blijven.",
        "{kind} gebruikt cannabis en gaat om met oudere jongeren uit de buurt.",
        "Ouders willen weten wie wat doet en willen één vast aanspreekpunt.",
        "Het gezin wil rust en duidelijkheid na een periode met veel wisselende hulpverleners.",
        "{kind} is somber, trekt zich terug en komt nauwelijks nog buiten.",
        "Er is vermoeden van autisme; ouders willen onderzoek en begeleiding op school.",
        "De woonsituatie is onzeker: het gezin moet binnen drie maanden het huis uit.",
        "{ouder} wil leren hoe zij rustig kan blijven als {kind} boos wordt.",
    ];

    public static readonly Dictionary<StapSoort, string[]> Afspraken = new()
    {
        [StapSoort.Betrokkenen] =
        [
            "Het gezin, {ouder} en {kind}, doet mee aan alle overleggen.",
            "Betrokken zijn de jeugdconsulent van de gemeente, {zorg} en de intern begeleider van school.",
            "Oma helpt mee met het halen en brengen van de kinderen.",
            "Een buurvrouw is het steunpunt als ouders even niet bereikbaar zijn.",
            "De huisarts wordt op de hoogte gehouden, maar zit niet aan tafel.",
            "Iedere betrokkene staat met naam en rol op de lijst; wie stopt, meldt dat bij {regievoerder}.",
        ],
        [StapSoort.Hulpvraag] =
        [
            "Ouders willen rust in huis en één aanspreekpunt.",
            "Resultaat: {kind} gaat weer elke dag naar school.",
            "Resultaat: de schulden zijn in beeld en er is een betalingsregeling.",
            "We werken aan een vast dagritme en duidelijke afspraken thuis.",
            "Doel voor {ouder}: weten waar zij terecht kan als het niet goed gaat.",
            "Over drie maanden is er een passende plek op school of in de dagbesteding.",
            "De veiligheid van de kinderen staat voorop; dat bespreken we elke keer.",
        ],
        [StapSoort.WieDoetWat] =
        [
            "Ieder doet zijn eigen deel (zie de taken).",
            "We doen niets dubbel: alleen {zorg} bespreekt de behandeling met ouders.",
            "School regelt het rooster en een vast aanspreekpunt voor {kind}.",
            "Ouders doen zelf ook mee: zij houden een weekplanning bij.",
            "De maatschappelijk werker helpt met de post en de geldzaken.",
            "Wat niet lukt, meldt iedereen binnen een week bij {regievoerder}.",
        ],
        [StapSoort.Regie] =
        [
            "{regievoerder} voert de procesregie.",
            "{zorg} heeft inhoudelijke regie op de behandeling.",
            "Regie betekent hier: overzicht houden, afspraken bewaken en aanspreken als iets stilvalt.",
            "De regievoerder mag doorzetten als afspraken niet worden nagekomen.",
            "Bij twijfel over de veiligheid beslist de jeugdbeschermer.",
        ],
        [StapSoort.Communicatie] =
        [
            "{regievoerder} is het aanspreekpunt voor ouders.",
            "Betrokkenen mailen elkaar bij veranderingen en zetten {regievoerder} in de cc.",
            "Ouders hebben toestemming gegeven om informatie te delen tussen de betrokkenen in dit plan.",
            "Eens per maand belt {regievoerder} met {ouder} hoe het gaat.",
            "Verslagen gaan eerst naar ouders en daarna naar de anderen.",
        ],
        [StapSoort.Evaluatie] =
        [
            "We evalueren over twee maanden in een MDO met ouders.",
            "Het werkt als ouders zeggen dat het rustiger is.",
            "We kijken naar het verzuim van {kind} en naar het schuldenoverzicht.",
            "Bij de evaluatie vullen ouders een korte vragenlijst in.",
            "Als een doel niet gehaald is, bespreken we wat er anders moet.",
        ],
        [StapSoort.Verandering] =
        [
            "Als de hulpvraag verandert of iemand stopt, plant {regievoerder} binnen twee weken een MDO.",
            "Wisselt de regievoerder, dan wordt warm overgedragen.",
            "Lopen afspraken vast, dan schaalt {regievoerder} op naar de teamleider.",
            "We sluiten af als de resultaten bereikt zijn en ouders dat ook vinden.",
            "Bij zorgen over de veiligheid wordt Veilig Thuis ingeschakeld.",
        ],
    };

    public static readonly (string Omschrijving, string Resultaat)[] Taken =
    [
        ("Samen met ouders een overzicht maken van inkomsten en schulden en aanmelden bij schuldhulpverlening.", "Financiën op orde"),
        ("Het onderzoek naar de problemen van {kind} op school afronden en de uitkomst met ouders en school bespreken.", "{kind} gaat weer met plezier naar school"),
        ("Een vast aanspreekpunt en een aangepast rooster voor {kind} regelen.", "{kind} gaat weer met plezier naar school"),
        ("Aanspreekpunt voor ouders zijn, de afspraken bewaken en de evaluatie plannen.", "Rust en overzicht voor het gezin"),
        ("Zich melden bij het werkplein voor hulp bij het vinden van werk.", "Werk en inkomen"),
        ("De afspraken met de bedrijfsarts nakomen en laten weten als het niet gaat.", "Gezondheid"),
        ("Wekelijks een gesprek met {kind} over hoe het gaat.", "Welzijn van {kind}"),
        ("Een opvoedcursus volgen bij het CJG.", "Opvoeden zonder ruzie"),
        ("Een aanvraag voor logeeropvang indienen.", "Ontlasting van ouders"),
        ("Gezinsbehandeling thuis, twee keer per week.", "Rust in huis"),
        ("Contact opnemen met de woningcorporatie over de huurachterstand.", "Wonen"),
        ("Elke twee weken een huisbezoek.", "Veiligheid van de kinderen"),
        ("Diagnostisch onderzoek uitvoeren en het advies schriftelijk geven.", "Duidelijkheid over wat {kind} nodig heeft"),
        ("Aan de mentor vertellen wanneer het op school niet goed gaat.", "{kind} gaat weer met plezier naar school"),
    ];

    public static readonly string[] Onderdelen =
        ["Behandeling van {kind}", "Onderzoek schoolproblemen", "Financiën en schulden", "Gezinsbehandeling", "Veiligheid", "Opvoedondersteuning", "Dagbesteding"];

    public static readonly string[] Mandaat =
    [
        "Bewaakt de afspraken, roept het MDO bij elkaar en mag bij stilstand doorzetten.",
        "Spreekt betrokkenen aan en schakelt zo nodig de leidinggevende of de gemeente in.",
        "Beslist over de aanpak, samen met ouders.",
        "Bepaalt de opzet van het onderzoek en het advies aan school.",
        "Kan aanwijzingen geven in het kader van de maatregel.",
    ];

    public static readonly string[] Besluiten =
    [
        "De handreiking is samen met ouders doorgenomen en vastgesteld.",
        "Volgende evaluatie over twee maanden.",
        "De taken zijn opnieuw verdeeld; school sluit voortaan aan.",
        "Ouders zijn tevreden over de rust in huis.",
        "Het onderzoek is afgerond; de behandeling start volgende maand.",
        "De regievoerder plant een gesprek met de teamleider over de wachttijd.",
    ];

    public static readonly string[] OudersOpmerking =
    [
        "Fijn dat we nu weten wie we kunnen bellen.",
        "We willen graag dat school vaker meepraat.",
        "Het gaat beter, maar het blijft veel afspraken.",
        "Wij zijn het niet eens met de verdeling van de taken.",
    ];

    public static readonly string[] AfsluitReden =
        ["De doelen zijn bereikt en ouders vinden dat ook.", "Het gezin is verhuisd naar een andere regio.", "De hulp loopt verder via de huisarts.", "Ouders willen geen hulp meer."];

    public static readonly string[] LaatsteEvaluatie =
        ["Het gaat goed met het gezin; de afspraken zijn nagekomen.", "{kind} gaat weer naar school en thuis is het rustiger.", "De schulden zijn geregeld; ouders redden het zelf."];

    public static readonly string[] OverdrachtNotitie =
        ["Ik ga met verlof; mijn collega neemt de regie over.", "Vanwege de maatregel ligt de regie voortaan bij de GI.", "Wisseling binnen het team."];

    public static readonly string[] Bereikbaarheid =
        ["Maandag tot en met donderdag, 8.30–17.00 uur", "Werkdagen 9.00–17.00 uur", "Dinsdag en donderdag", "Liefst na 10.00 uur", "Overdag bereikbaar", "Schooldagen tot 16.00 uur"];

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> different sentences from the pool, placeholders filled in.</summary>
    public static string Zinnen(Random rnd, string[] pool, int min, int max, Vulling vulling)
    {
        var aantal = Math.Min(pool.Length, rnd.Next(min, max + 1));
        var start = rnd.Next(pool.Length);
        var tekst = new StringBuilder();
        for (var i = 0; i < aantal; i++)
        {
            if (i > 0) tekst.Append(' ');
            tekst.Append(pool[(start + i) % pool.Length]);
        }
        return vulling.Vul(tekst.ToString());
    }

    public static string Een(Random rnd, string[] pool, Vulling vulling) => vulling.Vul(pool[rnd.Next(pool.Length)]);
}

/// <summary>The names that go into one casus' texts.</summary>
public sealed record Vulling(string Kind, string Ouder, string Regievoerder, string Zorg)
{
    public string Vul(string tekst) => tekst
        .Replace("{kind}", Kind, StringComparison.Ordinal).Replace("{ouder}", Ouder, StringComparison.Ordinal)
        .Replace("{regievoerder}", Regievoerder, StringComparison.Ordinal).Replace("{zorg}", Zorg, StringComparison.Ordinal);
}
