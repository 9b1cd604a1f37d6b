using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;
using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using Regie.Domain.Regio;
using Regie.Web.Regio.Grafieken;

namespace Regie.Web.Regio;

/// <summary>A figure next to its chart: "Mediaan betrokkenen per casus: 7".</summary>
public sealed record Kerncijfer(string Naam, string Tekst);

/// <summary>One group of figures under its own heading, each chart with its table.</summary>
public sealed record Regiosectie(string Id, string Kop, IReadOnlyList<Kerncijfer> Kerncijfers, IReadOnlyList<IHtmlContent> Grafieken,
    string? Toelichting = null);

/// <summary>The region's figures for one filter after suppression, ready to show: the dashboard and the factsheet render
/// this one model (Pages/Regio/_Regiocijfers.cshtml, Afdrukken/RegioFactsheet.razor). Every count went through <see cref="KleineAantallen"/> with the same
/// counts under each wider filter (one choice left out), every average or percentage through <see cref="Kengetal"/>.</summary>
public sealed record Regiooverzicht(Regiofilter Filter, int Minimum, DateTimeOffset? BijgewerktOp, IReadOnlyList<Regiosectie> Secties)
{
    /// <summary>A maatregel as the regio pages and their filter name it: short, for a chart's axis and a select.</summary>
    public static string Maatregel(Domain.Casussen.Maatregel maatregel) => maatregel switch
    {
        Domain.Casussen.Maatregel.Ots => "OTS",
        Domain.Casussen.Maatregel.Voogdij => "Voogdij",
        _ => "Geen maatregel",
    };

    public string Legenda => Cijfer.Uitleg(Minimum);
}

/// <summary>Counts the filter and its wider filters and suppresses.</summary>
public sealed class Regiooverzichten(Regiocijfers cijfers, IOptions<RegioOpties> opties)
{
    public async Task<Regiooverzicht> MaakAsync(Regiofilter filter, CancellationToken ct)
    {
        var (telling, breder) = await cijfers.TelAsync(filter, ct);
        return new Opbouw(telling, breder, opties.Value.MinimumAantal).Maak();
    }

    private sealed class Opbouw(Regiotelling t, IReadOnlyList<Regiotelling> ouders, int minimum)
    {
        private static readonly string[] Stappen =
            ["Betrokkenen", "Hulpvraag", "Wie doet wat", "Regie", "Communicatie", "Evaluatie", "Verandering"];
        private static readonly string[] Maatregelen = [.. Enum.GetValues<Domain.Casussen.Maatregel>().Select(Regiooverzicht.Maatregel)];
        private static readonly string[] Typen = [.. Enum.GetValues<OrganisatieType>().Select(Pages.Beheer.BeheerWeergave.Type)];
        private static readonly string[] Plekken =
            ["Geen actieve regievoerder", "Gemeente", "Gecertificeerde instelling", "Zorgaanbieder", "Onderwijs", "Overig", "Gezin", "Netwerk"];
        private static readonly string[] Themas = ["Rust", "Continuïteit", "Duidelijkheid"];

        private IReadOnlyList<DateOnly> M => t.Maanden;

        public Regiooverzicht Maak() => new(t.Filter, minimum, t.BijgewerktOp,
            [Casussen(), Betrokkenen(), Stapafspraken(), Regie(), Overdrachten(), Evaluaties(), Signalen(), Vragenlijsten()]);

        // Suppression with the wider filters' counts of the same figure.

        /// <summary>Counts that add up to a shown total (months of a period, maatregelen of all casussen).</summary>
        private OnderdrukteLijst Lijst(Func<Regiotelling, int[]> kies) =>
            KleineAantallen.Onderdruk(kies(t), minimum, [.. ouders.Select(kies)]);

        /// <summary>Counts that do not add up (a casus in several, or a stand per month): each on its own.</summary>
        private IReadOnlyList<Cijfer> Los(Func<Regiotelling, int[]> kies) =>
            KleineAantallen.OnderdrukLos(kies(t), minimum, [.. ouders.Select(kies)]);

        private Cijfer Los(Func<Regiotelling, int> kies) => Los(x => [kies(x)])[0];

        private static int[] Kolom(int[,] tabel, int kolom) => [.. Enumerable.Range(0, tabel.GetLength(0)).Select(i => tabel[i, kolom])];

        private static int[] Rij(int[,] tabel, int rij) => [.. Enumerable.Range(0, tabel.GetLength(1)).Select(j => tabel[rij, j])];

        private Grafiekopties Opties(string kolomkop = "Maand", string waardekop = "Aantal casussen") =>
            new() { Kolomkop = kolomkop, Waardekop = waardekop, MinimumAantal = minimum };

        private IHtmlContent Trend(string id, string titel, OnderdrukteLijst lijst, string reeks) =>
            Grafiek.Trend(id, titel, M, [new Reeks(reeks, [.. lijst.Cellen.Select(Waarde.Van)])],
                Opties() with { Totaal = Waarde.Van(lijst.Totaal) });

        private IHtmlContent Trend(string id, string titel, IReadOnlyList<Cijfer> maanden, string reeks, Cijfer? periode = null) =>
            Grafiek.Trend(id, titel, M, [new Reeks(reeks, [.. maanden.Select(Waarde.Van)])],
                Opties() with { Totaal = periode is { } p ? Waarde.Van(p) : null, TotaalNaam = "Hele periode" });

        private IHtmlContent Staaf(string id, string titel, IReadOnlyList<string> namen, IReadOnlyList<Cijfer> cellen, string kolomkop,
            Cijfer? totaal = null) =>
            Grafiek.Staaf(id, titel, [.. namen.Select((n, i) => new Categorie(n, Waarde.Van(cellen[i])))],
                Opties(kolomkop) with { Totaal = totaal is { } x ? Waarde.Van(x) : null });

        private string Mediaan(decimal? waarde, int aantal, string eenheid = "") =>
            waarde is { } w ? Kengetal.Over(Math.Round(w, 1), aantal, minimum) is var k && k.Verborgen ? k.Tekst : k.Tekst + eenheid
                : aantal == 0 ? "–" : Kengetal.TeWeinigTekst(minimum);

        private Regiosectie Casussen()
        {
            var geopend = Lijst(x => x.GeopendPerMaand);
            var gesloten = Lijst(x => x.GeslotenPerMaand);
            var actief = Los(x => x.ActiefPerMaand);
            var actiefPeriode = Los(x => x.ActiefInPeriode);
            var perMaatregel = Enumerable.Range(0, 3).Select(k => Lijst(x => Kolom(x.PerMaatregel, k))).ToList();
            var perIndicatie = Enumerable.Range(0, 3).Select(k => Los(x => Kolom(x.PerIndicatie, k))).ToList();
            var indicaties = t.Indicaties.Select(i => i == Regiofilter.OverigeIndicatie ? "Andere indicatie" : i).ToList();
            return new("casussen", "Casussen",
                [new("Geopend in de periode", geopend.Totaal.Tekst), new("Actief in de periode", actiefPeriode.Tekst),
                 new("Gesloten in de periode", gesloten.Totaal.Tekst)],
                [
                    Trend("geopend", "Casussen geopend per maand", geopend, "Geopend"),
                    Trend("actief", "Actieve casussen per maand", actief, "Actief", actiefPeriode),
                    Trend("gesloten", "Casussen gesloten per maand", gesloten, "Gesloten"),
                    Staaf("maatregel", "Actieve casussen per maatregel", Maatregelen, perMaatregel[1].Cellen, "Maatregel", perMaatregel[1].Totaal),
                    Tabel("Casussen per maatregel", "Maatregel", Maatregelen, perMaatregel.Select(l => l.Cellen).ToList(),
                        [.. perMaatregel.Select(l => l.Totaal)]),
                    Staaf("indicatie", "Actieve casussen per indicatie", indicaties, perIndicatie[1], "Indicatie"),
                    Tabel("Casussen per indicatie", "Indicatie", indicaties, perIndicatie, null),
                ],
                "Een casus met meer indicaties telt bij elke indicatie mee; die tabel heeft daarom geen totaal. "
                + "Actief: de casus was in die maand (een deel van de tijd) open.");
        }

        private Regiosectie Betrokkenen()
        {
            var n = t.ActiefInLaatsteMaand;
            var verdeling = Lijst(x => x.Betrokkenenverdeling);
            string[] soorten = ["Gezin", "Netwerk", .. Typen.Select(ty => $"Professional: {ty.ToLowerInvariant()}")];
            var perSoort = soorten.Select((s, i) => new Categorie(s, Waarde.Van(Kengetal.Over(Math.Round(t.BetrokkenenPerSoort[i], 1), n, minimum)))).ToList();
            var maand = t.LaatsteMaand is { } lm ? RegioMaand(lm) : "de laatste maand";
            return new("betrokkenen", "Betrokkenen per casus",
                [new("Mediaan aantal betrokkenen per casus", Mediaan(t.MediaanBetrokkenen, n))],
                [
                    Staaf("betrokkenen", "Actieve casussen naar aantal betrokkenen", ["0 tot 3", "4 tot 6", "7 tot 9", "10 of meer"],
                        verdeling.Cellen, "Aantal betrokkenen", verdeling.Totaal),
                    Grafiek.Staaf("soort", "Gemiddeld aantal betrokkenen per casus, naar soort", perSoort,
                        Opties("Soort", "Gemiddeld per casus") with { Decimalen = 1, OnderdruktTekst = Kengetal.TeWeinigTekst(minimum) }),
                ],
                $"Actieve casussen in {maand}, de laatste maand van de periode met cijfers.");
        }

        private Regiosectie Stapafspraken()
        {
            var laatste = LaatsteIndex();
            var delen = Stappen.Select((s, k) => new Categorie(s, Deel(laatste, k))).ToList();
            var vastgesteld = Lijst(x => x.EersteVaststellingPerMaand);
            var grafieken = new List<IHtmlContent>
            {
                Grafiek.Staaf("stappen", "Deel van de actieve casussen met afspraken, per stap", delen,
                    Opties("Stap", "Afgesproken") with { Eenheid = "%", Maximum = 100 }),
            };
            for (var k = 0; k < Stappen.Length; k++)
            {
                var stap = k;
                grafieken.Add(Grafiek.Trend($"stap-{k + 1}", $"Afspraken over {Stappen[k].ToLowerInvariant()}, per maand", M,
                    [new Reeks("Afgesproken", [.. M.Select((_, m) => Deel(m, stap))])],
                    Opties(waardekop: "Afgesproken") with { Eenheid = "%", Maximum = 100, Vorm = Trendvorm.Lijn }));
            }
            grafieken.Add(Trend("vastgesteld", "Casussen voor het eerst vastgesteld, per maand", vastgesteld, "Vastgesteld"));
            return new("stappen", "Afspraken per stap",
                [new("Mediaan dagen van opening tot de eerste vaststelling", Mediaan(t.MediaanDagenTotVaststelling, t.VastgesteldMetDuur, " dagen"))],
                grafieken,
                "Per soort stap: het deel van de actieve casussen waarin die stap nu is afgesproken.");
        }

        /// <summary>The share of active casussen with the step afgesproken in that month; "–" without active casussen.</summary>
        private Waarde Deel(int maand, int stap) => maand < 0 || t.ActieveRijenPerMaand[maand] == 0
            ? Waarde.Geen
            : Waarde.Van(Kengetal.Percentage(t.AfgesprokenPerMaand[maand, stap], t.ActieveRijenPerMaand[maand], minimum));

        private int LaatsteIndex() => t.LaatsteMaand is { } lm ? M.ToList().IndexOf(lm) : -1;

        private Regiosectie Regie()
        {
            var laatste = LaatsteIndex();
            var plek = Lijst(x => LaatsteIndex(x) is var l and >= 0 ? Rij(x.ProcesregiePerMaand, l) : new int[8]);
            var zonder = Los(x => [.. Enumerable.Range(0, x.Maanden.Count).Select(m => x.ProcesregiePerMaand[m, (int)Regieplek.Geen])]);
            var inhoudelijk = Los(x => x.InhoudelijkPerType);
            var n = t.ActiefInLaatsteMaand;
            return new("regie", "Waar de regie ligt",
                [
                    new("Mediaan dagen zonder actieve regievoerder", Mediaan(t.MediaanDagenZonderRegievoerder, n, " dagen")),
                    new("Dagen zonder actieve regievoerder, alle casussen samen", n >= minimum ? t.DagenZonderRegievoerder.ToString("N0", Weergave.Nl) : Kengetal.TeWeinigTekst(minimum)),
                ],
                [
                    Staaf("procesregie", "Procesregie: bij wie de regievoerder werkt", Plekken, plek.Cellen, "Plek", plek.Totaal),
                    Trend("zonder-regievoerder", "Actieve casussen zonder actieve regievoerder, per maand", zonder, "Zonder regievoerder"),
                    Staaf("inhoudelijk", "Casussen met inhoudelijke regie, per soort organisatie", Typen, inhoudelijk, "Organisatie"),
                ],
                laatste < 0 ? null : $"Procesregie en inhoudelijke regie: actieve casussen in {RegioMaand(M[laatste])}. "
                    + "Een casus met inhoudelijke regie bij meer soorten organisaties telt bij elke soort mee.");
        }

        private static int LaatsteIndex(Regiotelling x) => x.LaatsteMaand is { } lm ? x.Maanden.ToList().IndexOf(lm) : -1;

        private Regiosectie Overdrachten()
        {
            var voorgesteld = Lijst(x => x.OverdrachtenPerMaand);
            var geaccepteerd = Lijst(x => x.GeaccepteerdPerMaand);
            var afgewezen = Lijst(x => x.AfgewezenPerMaand);
            return new("overdrachten", "Overdrachten van de procesregie",
                [
                    new("Voorgesteld", voorgesteld.Totaal.Tekst), new("Geaccepteerd", geaccepteerd.Totaal.Tekst),
                    new("Afgewezen", afgewezen.Totaal.Tekst),
                    new("Mediaan dagen van voorstel tot acceptatie", Mediaan(t.MediaanDagenTotAcceptatie, t.GeaccepteerdMetDuur, " dagen")),
                ],
                [
                    Trend("overdrachten", "Overdrachten voorgesteld per maand", voorgesteld, "Voorgesteld"),
                    Trend("geaccepteerd", "Overdrachten geaccepteerd, naar de maand van het voorstel", geaccepteerd, "Geaccepteerd"),
                    Trend("afgewezen", "Overdrachten afgewezen, naar de maand van het voorstel", afgewezen, "Afgewezen"),
                ]);
        }

        private Regiosectie Evaluaties()
        {
            var teLaat = Los(x => x.EvaluatieTeLaatPerMaand);
            var herbeoordelen = Los(x => x.HerbeoordelenPerMaand);
            var laatste = LaatsteIndex();
            return new("evaluaties", "Evaluaties",
                laatste < 0 ? [] :
                [
                    new($"Evaluatie te laat ({RegioMaand(M[laatste])})", teLaat[laatste].Tekst),
                    new($"Herbeoordelen nodig ({RegioMaand(M[laatste])})", herbeoordelen[laatste].Tekst),
                ],
                [
                    Trend("te-laat", "Actieve casussen met een evaluatie te laat, per maand", teLaat, "Te laat"),
                    Trend("herbeoordelen", "Actieve casussen die herbeoordeeld moeten worden, per maand", herbeoordelen, "Herbeoordelen"),
                ]);
        }

        private Regiosectie Signalen()
        {
            var kerncijfers = new List<Kerncijfer>();
            var grafieken = new List<IHtmlContent>();
            foreach (var (bron, naam, id) in new[] { (0, "Signalen van ouders", "signalen"), (1, "Opschalingen door professionals", "opschalingen") })
            {
                var aantal = Lijst(x => Rij(x.SignalenPerMaand, bron));
                var geescaleerd = Lijst(x => Rij(x.GeescaleerdPerMaand, bron));
                kerncijfers.Add(new($"{naam}: aantal", aantal.Totaal.Tekst));
                kerncijfers.Add(new($"{naam}: geëscaleerd", geescaleerd.Totaal.Tekst));
                kerncijfers.Add(new($"{naam}: mediaan werkdagen tot een antwoord", Mediaan(t.MediaanWerkdagen[bron], t.Beantwoord[bron], " werkdagen")));
                grafieken.Add(Trend(id, $"{naam} per maand", aantal, "Ingediend"));
                grafieken.Add(Trend($"{id}-geescaleerd", $"{naam}, geëscaleerd, naar de maand van indienen", geescaleerd, "Geëscaleerd"));
            }
            return new("signalen", "Signalen en opschalingen", kerncijfers, grafieken);
        }

        private Regiosectie Vragenlijsten()
        {
            var balken = new List<Categorie>();
            var antwoorden = new List<(string Naam, Cijfer Aantal)>();
            for (var thema = 0; thema < 3; thema++)
            {
                for (var d = 0; d < 2; d++)
                {
                    var naam = $"{Themas[thema]}: {(d == 0 ? "ouders" : "professionals")}";
                    var (dg, th) = (d, thema);
                    balken.Add(new(naam, Score(t.Score[d, thema], t.Antwoorden[d, thema])));
                    antwoorden.Add((naam, Los(x => x.Antwoorden[dg, th])));
                }
            }
            var scoreOpties = Opties("Thema", "Gemiddelde score") with
            {
                Decimalen = 1, Maximum = 5, OnderdruktTekst = Kengetal.TeWeinigTekst(minimum), Vorm = Trendvorm.Lijn,
                OnderdruktUitleg = $"{Kengetal.TeWeinigTekst(minimum)}: minder dan {minimum} antwoorden, daarom geen gemiddelde.",
            };
            var grafieken = new List<IHtmlContent>
            {
                Grafiek.Staaf("scores", "Gemiddelde score (1 tot 5) per thema, ouders naast professionals", balken, scoreOpties),
                Tabel("Aantal ingevulde vragenlijsten per thema", "Thema", [.. antwoorden.Select(a => a.Naam)], [[.. antwoorden.Select(a => a.Aantal)]], null),
            };
            for (var thema = 0; thema < 3; thema++)
            {
                var th = thema;
                grafieken.Add(Grafiek.Trend($"score-{thema + 1}", $"Score {Themas[thema].ToLowerInvariant()} per maand", M,
                    [
                        new Reeks("Ouders", [.. M.Select((_, m) => Score(t.ScorePerMaand[0, th, m], t.AntwoordenPerMaand[0, th, m]))]),
                        new Reeks("Professionals", [.. M.Select((_, m) => Score(t.ScorePerMaand[1, th, m], t.AntwoordenPerMaand[1, th, m]))]),
                    ],
                    scoreOpties with { Kolomkop = "Maand" }));
            }
            return new("vragenlijsten", "Rust, continuïteit en duidelijkheid", [], grafieken,
                "Per ingevulde vragenlijst het gemiddelde van de gesloten vragen over dat thema (1 helemaal oneens, 5 helemaal eens).");
        }

        private Waarde Score(decimal? score, int aantal) =>
            aantal == 0 || score is null ? Waarde.Geen : Waarde.Van(Kengetal.Over(Math.Round(score.Value, 1), aantal, minimum));

        /// <summary>A plain table of counts (no chart), its columns each suppressed as a list; rows are the categories.</summary>
        private static HtmlString Tabel(string titel, string kolomkop, IReadOnlyList<string> rijen, IReadOnlyList<IReadOnlyList<Cijfer>> kolommen,
            IReadOnlyList<Cijfer>? totalen)
        {
            string[] koppen = kolommen.Count == 3 ? ["Geopend", "Actief", "Gesloten"] : ["Aantal"];
            var sb = new StringBuilder("<table class=\"regio-tabel\"><caption>").Append(Html(titel)).Append("</caption><thead><tr><th scope=\"col\">")
                .Append(Html(kolomkop)).Append("</th>");
            foreach (var kop in koppen) sb.Append("<th scope=\"col\">").Append(kop).Append("</th>");
            sb.Append("</tr></thead><tbody>");
            for (var i = 0; i < rijen.Count; i++)
            {
                sb.Append("<tr><th scope=\"row\">").Append(Html(rijen[i])).Append("</th>");
                foreach (var kolom in kolommen) Cel(sb, kolom[i]);
                sb.Append("</tr>");
            }
            if (totalen is not null)
            {
                sb.Append("<tr class=\"regio-tabel__totaal\"><th scope=\"row\">Totaal</th>");
                foreach (var totaal in totalen) Cel(sb, totaal);
                sb.Append("</tr>");
            }
            return new HtmlString(sb.Append("</tbody></table>").ToString());
        }

        private static void Cel(StringBuilder sb, Cijfer cijfer) =>
            sb.Append(cijfer.Verborgen ? "<td class=\"grafiek__klein\">" : "<td>").Append(Html(cijfer.Tekst)).Append("</td>");

        private static string Html(string tekst) => System.Net.WebUtility.HtmlEncode(tekst);

        private static string RegioMaand(DateOnly maand) => maand.ToString("MMMM yyyy", Weergave.Nl);
    }
}
