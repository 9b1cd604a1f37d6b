using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using Regie.Domain.Signalen;
using Regie.Domain.Vragenlijsten;
using static Regie.Web.Tests.Planner.PlannerTestdata;
using static Regie.Web.Tests.Regio.DashboardTests;

namespace Regie.Web.Tests.Regio;

/// <summary>The dashboard's event figures (overdrachten, signalen, vragenlijsten: statements 4–6 of <see cref="Web.Regio.Regiocijfers"/>)
/// against a small data set of their own gemeente, counted by hand in <see cref="ZorgVoorGegevensAsync"/>. Nothing else in this
/// test class's database happens in January–March 2026, so the whole region in that period is this data set.</summary>
public sealed class DashboardGebeurtenissenTests(RegieApp app) : IClassFixture<RegieApp>
{
    private const string Gemeente = "Gemeente Telbroek";
    private const string Periode = "Van=2026-01&Tot=2026-03";
    private static readonly SemaphoreSlim Slot = new(1, 1);

    /// <summary>Every name and text of the data set: none may reach a regio page.</summary>
    private static readonly string[] Geheim =
    [
        "Brinkhorst", "Ravenstein", "TB-2026-", "Hulpvraag van", "Wachtveld", "Notitie over de overdracht", "Toelichting van het gezin",
        "Antwoord aan het gezin", "Geheim antwoord over de oppas",
    ];

    /// <summary>In Telbroek: 6 casussen "Brinkhorst" (OB3B, no maatregel, regie at the gemeente) and 5 "Ravenstein" (OB4A, OTS,
    /// regie at the GI), all opened 2 January 2026. Times are Dutch.
    ///
    /// Overdrachten (month of the proposal):
    ///   January: 6 Brinkhorst, accepted after 1, 2, 2, 3, 4, 6 days; 5 Ravenstein, accepted after 10, 10, 12, 14, 20 days.
    ///   February: 5 Brinkhorst, declined; one of them proposed 1 February 00:30 (31 January 23:30 UTC), so February.
    ///   March: 2 Brinkhorst, still open.
    ///   All: voorgesteld 11 / 5 / 2 = 18, geaccepteerd 11 / 0 / 0, afgewezen 0 / 5 / 0.
    ///   Median days to acceptance of 1 2 2 3 4 [6] 10 10 12 14 20 = 6; OTS only: 10 10 [12] 14 20 = 12.
    ///
    /// Signalen of ouders (Brinkhorst in January, Ravenstein in February); working days to the answer, no holidays in between:
    ///   Mon 5 Jan, escalated 9 Jan, answered Mon 12 Jan: 5 | Mon 5 Jan, escalated, answered Tue 13 Jan: 6
    ///   Tue 6 Jan, escalated 12 Jan, answered Wed 14 Jan: 6 | Wed 7 Jan, escalated 13 Jan, answered Fri 16 Jan: 7
    ///   Thu 8 Jan, escalated 14 Jan, no answer | Sat 31 Jan 23:30 (22:30 UTC, January), answered Mon 2 Feb: 1
    ///   Sun 1 Feb 00:30 (31 Jan 23:30 UTC, February), answered Tue 3 Feb: 2 | Mon 9 Feb, answered Tue 10 Feb: 1
    ///   Mon 9 Feb, answered Fri 13 Feb: 4 | Tue 10 Feb and Wed 11 Feb, no answer.
    ///   (Wed 1 April 00:30, 31 March 22:30 UTC: after the period.)
    ///   Per month 6 / 5 / 0 = 11, escalated 5 / 0 / 0; median of 1 1 2 4 5 6 6 7 = (4 + 5) / 2 = 4,5; OTS only 2 1 4: n &lt; 5.
    /// Opschalingen by professionals (Brinkhorst): Mon 19 Jan sent to the gemeente, answered Wed 21 Jan: 2; Mon 19 Jan,
    ///   answered Tue 20 Jan: 1; Tue 20 Jan no answer. 3 in January (&lt; 5), 1 escalated, median over 2: n &lt; 5.
    ///
    /// Vragenlijsten, per invulling the average of its answered closed items of a theme (rust / continuïteit / duidelijkheid):
    ///   ouders January (Brinkhorst): 4,5 3 3 | 3 4 5 | 5 2 4 | 3 5 3 | 4 – 2
    ///     → rust 19,5 / 5 = 3,9; continuïteit over 4: n &lt; 5; duidelijkheid 17 / 5 = 3,4
    ///   ouders February (Ravenstein, OTS): 1,5 4,5 4 | 2 3 4,5 → every theme n &lt; 5
    ///     → period rust 23 / 7 = 3,29 (3,3); continuïteit 21,5 / 6 = 3,58 (3,6); duidelijkheid 25,5 / 7 = 3,64 (3,6)
    ///   professionals January (no gemeente: about the handreiking, not a casus): 4 4 4 | 4 2 3 | 3 3 5 | 2 4,5 4 | 4,5 – 2
    ///     → rust 17,5 / 5 = 3,5; continuïteit over 4: n &lt; 5; duidelijkheid 18 / 5 = 3,6
    ///   professionals March: 4 5 5 → period rust 21,5 / 6 = 3,58 (3,6); continuïteit 18,5 / 5 = 3,7; duidelijkheid 23 / 6 = 3,83 (3,8).</summary>
    private async Task<Guid> ZorgVoorGegevensAsync()
    {
        await Slot.WaitAsync();
        try
        {
            await using var db = app.NieuweDbContext();
            if (await db.Organisaties.SingleOrDefaultAsync(o => o.Naam == Gemeente) is { } bestaand) return bestaand.Id;
            var telbroek = new Organisatie(Gemeente, OrganisatieType.Gemeente, "GM9997", "Twente");
            db.Organisaties.Add(telbroek);
            var sjabloon = await db.Sjablonen.OrderByDescending(s => s.Versie).FirstAsync();
            var nummer = 0;

            // A casus with two professionals of one type; the first holds procesregie.
            (Casus Casus, Guid Een, Guid Twee) Open(string gezin, string indicatie, Maatregel maatregel, OrganisatieType type)
            {
                var start = new DateOnly(2026, 1, 2);
                var casus = Casus.Open($"TB-2026-{++nummer:0000}", gezin, telbroek, [indicatie], maatregel, "Hulpvraag van " + gezin, sjabloon, start);
                Guid Professional(string naam) => casus.VoegBetrokkeneToe(
                    new(BetrokkeneSoort.Professional, $"{naam} {gezin}", "Hulpverlener", OrganisatieNaam: $"{type} Wachtveld", OrganisatieType: type), start).Moet().Id;
                var (een, twee) = (Professional("Eerste"), Professional("Tweede"));
                casus.WijsProcesregieToe(een, null, NederlandseTijd(2026, 1, 2, 9)).Moet();
                db.Casussen.Add(casus);
                return (casus, een, twee);
            }

            var brinkhorst = Enumerable.Range(0, 6).Select(_ => Open("Brinkhorst", "OB3B", Maatregel.Geen, OrganisatieType.Gemeente)).ToList();
            var ravenstein = Enumerable.Range(0, 5).Select(_ => Open("Ravenstein", "OB4A", Maatregel.Ots, OrganisatieType.GecertificeerdeInstelling)).ToList();

            // Overdrachten: one to the second professional each, accepted; then back to the first, declined or open.
            int[] dagenBrinkhorst = [1, 2, 2, 3, 4, 6];
            for (var i = 0; i < 6; i++)
            {
                var (casus, _, twee) = brinkhorst[i];
                var voorstel = casus.StelOverdrachtVoor(twee, "Notitie over de overdracht", NederlandseTijd(2026, 1, 12, 10)).Moet();
                casus.AccepteerOverdracht(voorstel.Id, NederlandseTijd(2026, 1, 12 + dagenBrinkhorst[i], 10)).Moet();
            }
            for (var i = 0; i < 5; i++)
            {
                var (casus, een, _) = brinkhorst[i];
                var op = i == 0 ? NederlandseTijd(2026, 2, 1, 0, 30) : NederlandseTijd(2026, 2, 10, 10);
                var voorstel = casus.StelOverdrachtVoor(een, null, op).Moet();
                casus.WijsOverdrachtAf(voorstel.Id, "Geen plek bij Wachtveld", op.AddDays(1)).Moet();
            }
            foreach (var (casus, een, _) in brinkhorst[4..]) casus.StelOverdrachtVoor(een, null, NederlandseTijd(2026, 3, 10, 10)).Moet();
            int[] dagenRavenstein = [10, 10, 12, 14, 20];
            for (var i = 0; i < 5; i++)
            {
                var (casus, _, twee) = ravenstein[i];
                var op = NederlandseTijd(2026, 1, 20, 10);
                var voorstel = casus.StelOverdrachtVoor(twee, null, op).Moet();
                casus.AccepteerOverdracht(voorstel.Id, op.AddDays(dagenRavenstein[i])).Moet();
            }

            // Signalen: raised at a Dutch time, escalated and answered on a Dutch day (at 10:00).
            Signaal NieuwSignaal(Casus casus, SignaalBron bron, DateTimeOffset op, DateOnly? geescaleerd = null, DateOnly? beantwoord = null)
            {
                var signaal = Domain.Signalen.Signaal.Geef(casus.Id, SignaalSoort.Anders, bron, "Toelichting van het gezin", null, Guid.NewGuid(),
                    "Moeder " + casus.Gezinsnaam, op, Weergave.Dag(op)).Moet();
                if (geescaleerd is { } e) signaal.Escaleer(Tijd(e), e, 3).Moet();
                if (beantwoord is { } b) signaal.Beantwoord("Antwoord aan het gezin", "Eerste " + casus.Gezinsnaam, Tijd(b)).Moet();
                db.Signalen.Add(signaal);
                return signaal;
            }
            static DateTimeOffset Tijd(DateOnly dag) => NederlandseTijd(dag.Year, dag.Month, dag.Day, 10);
            static DateOnly D(int maand, int dag) => new(2026, maand, dag);
            var (b, r) = (brinkhorst.Select(c => c.Casus).ToList(), ravenstein.Select(c => c.Casus).ToList());
            NieuwSignaal(b[0], SignaalBron.Ouder, Tijd(D(1, 5)), D(1, 9), D(1, 12));
            NieuwSignaal(b[1], SignaalBron.Ouder, NederlandseTijd(2026, 1, 5, 11), D(1, 9), D(1, 13));
            NieuwSignaal(b[2], SignaalBron.Ouder, Tijd(D(1, 6)), D(1, 12), D(1, 14));
            NieuwSignaal(b[3], SignaalBron.Ouder, Tijd(D(1, 7)), D(1, 13), D(1, 16));
            NieuwSignaal(b[4], SignaalBron.Ouder, Tijd(D(1, 8)), D(1, 14));
            NieuwSignaal(b[5], SignaalBron.Ouder, NederlandseTijd(2026, 1, 31, 23, 30), beantwoord: D(2, 2));
            NieuwSignaal(r[0], SignaalBron.Ouder, NederlandseTijd(2026, 2, 1, 0, 30), beantwoord: D(2, 3));
            NieuwSignaal(r[1], SignaalBron.Ouder, Tijd(D(2, 9)), beantwoord: D(2, 10));
            NieuwSignaal(r[2], SignaalBron.Ouder, Tijd(D(2, 9)), beantwoord: D(2, 13));
            NieuwSignaal(r[3], SignaalBron.Ouder, Tijd(D(2, 10)));
            NieuwSignaal(r[4], SignaalBron.Ouder, Tijd(D(2, 11)));
            NieuwSignaal(b[5], SignaalBron.Ouder, NederlandseTijd(2026, 4, 1, 0, 30)); // after the period, though still March in UTC
            var naarGemeente = NieuwSignaal(b[0], SignaalBron.Professional, Tijd(D(1, 19)));
            naarGemeente.StuurNaarGemeente(Tijd(D(1, 19))).Moet();
            naarGemeente.Beantwoord("Antwoord aan het gezin", "Eerste Brinkhorst", Tijd(D(1, 21))).Moet();
            NieuwSignaal(b[1], SignaalBron.Professional, Tijd(D(1, 19)), beantwoord: D(1, 20));
            NieuwSignaal(b[2], SignaalBron.Professional, Tijd(D(1, 20)));

            // Vragenlijsten: per invulling the closed items it answered.
            var ouders = await db.Vragenlijstversies.SingleAsync(v => v.Doelgroep == Doelgroep.Ouders && v.Volgnummer == 1);
            var professionals = await db.Vragenlijstversies.SingleAsync(v => v.Doelgroep == Doelgroep.Professionals && v.Volgnummer == 1);
            void Ouder(Casus casus, DateTimeOffset op, params (string Code, int Score)[] scores)
            {
                var aanbod = Vragenlijstaanbod.VoorOuder(Guid.NewGuid(), ouders, casus, $"test:{Guid.NewGuid()}", op);
                var invoer = scores.ToDictionary(s => s.Code, s => (string?)s.Score.ToString());
                invoer["O8"] = "Geheim antwoord over de oppas";
                db.VragenlijstInvullingen.Add(VragenlijstInvulling.Maak(aanbod, ouders, invoer, [], op).Moet());
            }
            void Professional(DateTimeOffset op, params (string Code, int Score)[] scores)
            {
                var maand = new DateOnly(op.Year, op.Month, 1);
                var meetmoment = Meetmoment.Maak("Tussenmeting", professionals, maand, maand, "Regiocoördinator", op).Moet();
                var aanbod = Vragenlijstaanbod.VoorProfessional(Guid.NewGuid(), professionals, meetmoment, op);
                var invoer = scores.ToDictionary(s => s.Code, s => (string?)s.Score.ToString());
                db.VragenlijstInvullingen.Add(VragenlijstInvulling.Maak(aanbod, professionals, invoer, [], op).Moet());
            }
            var januari = NederlandseTijd(2026, 1, 15, 10);
            // Rust O6 O7, continuïteit O4 O5, duidelijkheid O1 O2 O3.
            Ouder(b[0], januari, ("O6", 4), ("O7", 5), ("O4", 3), ("O1", 2), ("O2", 4));
            Ouder(b[1], januari, ("O6", 3), ("O7", 3), ("O4", 4), ("O1", 5), ("O2", 5));
            Ouder(b[2], januari, ("O6", 5), ("O4", 2), ("O1", 4));
            Ouder(b[3], januari, ("O6", 2), ("O7", 4), ("O4", 5), ("O1", 3), ("O2", 3), ("O3", 3));
            Ouder(b[4], januari, ("O7", 4), ("O2", 2));
            Ouder(r[0], NederlandseTijd(2026, 2, 1, 0, 30), ("O6", 1), ("O7", 2), ("O4", 4), ("O5", 5), ("O1", 4));
            Ouder(r[1], NederlandseTijd(2026, 2, 20, 10), ("O6", 2), ("O4", 3), ("O1", 5), ("O2", 4));
            // Rust P5 P6 P7 P12, continuïteit P8–P11, duidelijkheid P1–P4.
            Professional(januari, ("P5", 4), ("P8", 4), ("P1", 4));
            Professional(januari, ("P5", 5), ("P6", 3), ("P8", 2), ("P1", 3));
            Professional(januari, ("P5", 3), ("P9", 3), ("P2", 5));
            Professional(januari, ("P12", 2), ("P10", 4), ("P11", 5), ("P3", 4));
            Professional(januari, ("P6", 4), ("P7", 5), ("P4", 2));
            Professional(NederlandseTijd(2026, 3, 16, 10), ("P5", 4), ("P8", 5), ("P1", 5));

            await db.SaveChangesAsync();
            return telbroek.Id;
        }
        finally
        {
            Slot.Release();
        }
    }

    private async Task<IHtmlDocument> DashboardAsync(string query)
    {
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        var antwoord = await regio.GetAsync("/Regio?" + query);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        return await RegieApp.LeesHtmlAsync(antwoord);
    }

    private static string[] Maanden(Dictionary<string, string[]> tabel, int kolom = 0) =>
        [.. new[] { "januari 2026", "februari 2026", "maart 2026" }.Select(m => tabel[m][kolom])];

    [Fact]
    public async Task Overdrachten_kloppen_met_de_hand_geteld()
    {
        var telbroek = await ZorgVoorGegevensAsync();
        var pagina = await DashboardAsync($"Gemeente={telbroek}&{Periode}");

        Assert.Equal("18", Kerncijfer(pagina, "Voorgesteld"));
        Assert.Equal("11", Kerncijfer(pagina, "Geaccepteerd"));
        Assert.Equal("5", Kerncijfer(pagina, "Afgewezen"));
        Assert.Equal("6 dagen", Kerncijfer(pagina, "Mediaan dagen van voorstel tot acceptatie"));

        // March's 2 is "< 5"; February's 5 goes with it, or 18 − 11 would give it back.
        var voorgesteld = Tabel(pagina, "Overdrachten voorgesteld per maand");
        Assert.Equal(["11", "verborgen", "< 5"], Maanden(voorgesteld));
        Assert.Equal(["18"], voorgesteld["Totaal"]);
        var geaccepteerd = Tabel(pagina, "Overdrachten geaccepteerd, naar de maand van het voorstel");
        Assert.Equal(["11", "0", "0"], Maanden(geaccepteerd));
        Assert.Equal(["11"], geaccepteerd["Totaal"]);
        // The one proposed at 00:30 on 1 February (still January in UTC) is February's.
        var afgewezen = Tabel(pagina, "Overdrachten afgewezen, naar de maand van het voorstel");
        Assert.Equal(["0", "5", "0"], Maanden(afgewezen));
        Assert.Equal(["5"], afgewezen["Totaal"]);
    }

    [Fact]
    public async Task Signalen_en_opschalingen_kloppen_met_de_hand_geteld()
    {
        var telbroek = await ZorgVoorGegevensAsync();
        var pagina = await DashboardAsync($"Gemeente={telbroek}&{Periode}");

        Assert.Equal("11", Kerncijfer(pagina, "Signalen van ouders: aantal"));
        Assert.Equal("5", Kerncijfer(pagina, "Signalen van ouders: geëscaleerd"));
        Assert.Equal("4,5 werkdagen", Kerncijfer(pagina, "Signalen van ouders: mediaan werkdagen tot een antwoord"));
        // 23:30 on 31 January is January's, 00:30 on 1 February February's, as a Dutch calendar says.
        var signalen = Tabel(pagina, "Signalen van ouders per maand");
        Assert.Equal(["6", "5", "0"], Maanden(signalen));
        Assert.Equal(["11"], signalen["Totaal"]);
        Assert.Equal(["5", "0", "0"], Maanden(Tabel(pagina, "Signalen van ouders, geëscaleerd, naar de maand van indienen")));

        // 3 opschalingen, 1 escalated: "< 5", in January and in total.
        var opschalingen = Tabel(pagina, "Opschalingen door professionals per maand");
        Assert.Equal(["< 5", "0", "0"], Maanden(opschalingen));
        Assert.Equal(["< 5"], opschalingen["Totaal"]);
        Assert.Equal("< 5", Kerncijfer(pagina, "Opschalingen door professionals: aantal"));
        Assert.Equal("< 5", Kerncijfer(pagina, "Opschalingen door professionals: geëscaleerd"));
        Assert.Equal(["< 5", "0", "0"], Maanden(Tabel(pagina, "Opschalingen door professionals, geëscaleerd, naar de maand van indienen")));
        Assert.Equal("n < 5", Kerncijfer(pagina, "Opschalingen door professionals: mediaan werkdagen tot een antwoord"));
    }

    [Fact]
    public async Task Vragenlijsten_van_ouders_kloppen_met_de_hand_geteld()
    {
        var telbroek = await ZorgVoorGegevensAsync();
        var pagina = await DashboardAsync($"Gemeente={telbroek}&{Periode}");

        var scores = Tabel(pagina, "Gemiddelde score (1 tot 5) per thema, ouders naast professionals");
        Assert.Equal(["3,3"], scores["Rust: ouders"]);
        Assert.Equal(["3,6"], scores["Continuïteit: ouders"]);
        Assert.Equal(["3,6"], scores["Duidelijkheid: ouders"]);
        // A professional's questionnaire is about the handreiking, not about a casus of a gemeente.
        Assert.Equal(["–"], scores["Rust: professionals"]);
        var aantallen = Tabel(pagina, "Aantal ingevulde vragenlijsten per thema");
        Assert.Equal(["7", "6", "7", "0"], new[] { "Rust: ouders", "Continuïteit: ouders", "Duidelijkheid: ouders", "Rust: professionals" }
            .Select(r => aantallen[r].Single()));

        // Per month [ouders, professionals]: January 5 answers on rust and duidelijkheid but 4 on continuïteit; February 2.
        var rust = Tabel(pagina, "Score rust per maand");
        Assert.Equal(["3,9", "n < 5", "–"], Maanden(rust));
        Assert.Equal(["–", "–", "–"], Maanden(rust, kolom: 1));
        Assert.Equal(["n < 5", "n < 5", "–"], Maanden(Tabel(pagina, "Score continuïteit per maand")));
        Assert.Equal(["3,4", "n < 5", "–"], Maanden(Tabel(pagina, "Score duidelijkheid per maand")));
    }

    [Fact]
    public async Task Vragenlijsten_van_professionals_tellen_in_de_hele_regio()
    {
        await ZorgVoorGegevensAsync();
        var pagina = await DashboardAsync(Periode);

        var scores = Tabel(pagina, "Gemiddelde score (1 tot 5) per thema, ouders naast professionals");
        Assert.Equal(["3,6"], scores["Rust: professionals"]);
        Assert.Equal(["3,7"], scores["Continuïteit: professionals"]);
        Assert.Equal(["3,8"], scores["Duidelijkheid: professionals"]);
        Assert.Equal(["3,3"], scores["Rust: ouders"]);
        var aantallen = Tabel(pagina, "Aantal ingevulde vragenlijsten per thema");
        Assert.Equal(["6", "5", "6"], new[] { "Rust", "Continuïteit", "Duidelijkheid" }.Select(t => aantallen[$"{t}: professionals"].Single()));

        // January [ouders, professionals]; March has one professional's answer: n < 5.
        Assert.Equal(["3,9", "3,5"], Tabel(pagina, "Score rust per maand")["januari 2026"]);
        Assert.Equal(["n < 5", "n < 5"], Tabel(pagina, "Score continuïteit per maand")["januari 2026"]);
        Assert.Equal(["3,4", "3,6"], Tabel(pagina, "Score duidelijkheid per maand")["januari 2026"]);
        Assert.Equal(["–", "n < 5"], Tabel(pagina, "Score rust per maand")["maart 2026"]);
        Assert.Contains("n < 5: minder dan 5 antwoorden", pagina.QuerySelector("#grafiek-score-1")!.TextContent);
    }

    [Fact]
    public async Task Het_filter_op_maatregel_geldt_ook_voor_overdrachten_signalen_en_vragenlijsten()
    {
        var telbroek = await ZorgVoorGegevensAsync();
        var pagina = await DashboardAsync($"Gemeente={telbroek}&Maatregel=Ots&{Periode}");

        // Only the 5 Ravenstein casussen: 5 overdrachten in January, accepted after 10 10 12 14 20 days.
        Assert.Equal(["5", "0", "0"], Maanden(Tabel(pagina, "Overdrachten voorgesteld per maand")));
        Assert.Equal("5", Kerncijfer(pagina, "Voorgesteld"));
        Assert.Equal("5", Kerncijfer(pagina, "Geaccepteerd"));
        Assert.Equal("0", Kerncijfer(pagina, "Afgewezen"));
        Assert.Equal("12 dagen", Kerncijfer(pagina, "Mediaan dagen van voorstel tot acceptatie"));

        // Their 5 signalen in February, 3 answered; no opschalingen.
        Assert.Equal(["0", "5", "0"], Maanden(Tabel(pagina, "Signalen van ouders per maand")));
        Assert.Equal("0", Kerncijfer(pagina, "Signalen van ouders: geëscaleerd"));
        Assert.Equal("n < 5", Kerncijfer(pagina, "Signalen van ouders: mediaan werkdagen tot een antwoord"));
        Assert.Equal("0", Kerncijfer(pagina, "Opschalingen door professionals: aantal"));

        // Their 2 questionnaires.
        Assert.Equal(["n < 5"], Tabel(pagina, "Gemiddelde score (1 tot 5) per thema, ouders naast professionals")["Rust: ouders"]);
        Assert.Equal(["< 5"], Tabel(pagina, "Aantal ingevulde vragenlijsten per thema")["Rust: ouders"]);
    }

    [Fact]
    public async Task Bij_een_andere_indicatie_tellen_de_vragenlijsten_van_professionals_niet_mee()
    {
        await ZorgVoorGegevensAsync();
        var pagina = await DashboardAsync($"Indicatie={Web.Regio.Regiofilter.OverigeIndicatie}&{Periode}");

        // No casus of the period has an indicatie off the list; a professional's questionnaire has no indicatie at all.
        var aantallen = Tabel(pagina, "Aantal ingevulde vragenlijsten per thema");
        Assert.All(aantallen.Values, a => Assert.Equal(["0"], a));
        Assert.Equal("0", Kerncijfer(pagina, "Voorgesteld"));
        Assert.Equal("0", Kerncijfer(pagina, "Signalen van ouders: aantal"));
    }

    [Fact]
    public async Task Geen_naam_of_tekst_uit_de_gegevens_staat_op_de_pagina()
    {
        var telbroek = await ZorgVoorGegevensAsync();
        var regio = await app.IngelogdAlsAsync("regiocoordinator");
        foreach (var query in new[] { $"Gemeente={telbroek}&{Periode}", $"Gemeente={telbroek}&Maatregel=Ots&{Periode}", Periode })
        {
            var html = await (await regio.GetAsync("/Regio?" + query)).Content.ReadAsStringAsync();
            Assert.Contains("Overdrachten van de procesregie", html);
            foreach (var tekst in Geheim) Assert.DoesNotContain(tekst, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\b\d{1,2}-\d{1,2}-20\d\d\b", html);
        }
    }
}
