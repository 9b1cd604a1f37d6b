using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Regie.BrowserTests;

/// <summary>The "Done when" walks in a real browser: a new family from nothing to a second vastgestelde version as the
/// jeugdconsulent, and the Beheer pages as the beheerder (NieuwGezinTests.Beheer.cs). On every page: axe (WCAG 2.1
/// A/AA), no sideways scrolling, no console errors or failed requests. Found by role, label and heading only, so a
/// change of looks does not break them.</summary>
public sealed partial class NieuwGezinTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string NieuwNummer = "06 9876 5432";

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Nieuw_gezin_van_niets_tot_een_tweede_vastgestelde_versie(int breedte)
    {
        var r = await Rondgang.StartAsync(app, "jeugdconsulent", breedte);
        var page = r.Page;
        var gezin = $"Bakker {breedte}";

        // Nieuwe casus: first an empty post (the errors page is checked too), then the real one.
        await r.GaNaarAsync("/Casussen");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe casus" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nieuwe casus", Level = 1 })).ToBeVisibleAsync();
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Casus openen" }));
        await r.FoutmeldingAsync("Vul de gezinsnaam in.");
        await page.GetByLabel("Gezinsnaam").FillAsync(gezin);
        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Gemeente Almelo (GM0141)" });
        await page.GetByLabel("Nee", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Hulpvraag").FillAsync("Rust in huis en hulp voor Daan, die niet meer naar school wil.");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Casus openen" }));
        await r.MeldingAsync("U bent voorlopig de regievoerder");
        var casus = Regex.Match(page.Url, "/Casussen/([0-9a-f-]{36})/Betrokkenen").Groups[1].Value;
        Assert.NotEmpty(casus);

        // Stap 1: the family, the netwerk and the behandelaar (a medewerker of a known zorgaanbieder).
        await PersoonAsync(r, "Gezin", "Mark Bakker", "vader", ouder: true, "06 1111 2222");
        await PersoonAsync(r, "Gezin", "Lotte Bakker", "moeder", ouder: true, "06 3333 4444");
        await PersoonAsync(r, "Gezin", "Daan Bakker", "zoon van 15", ouder: false, null);
        await PersoonAsync(r, "Netwerk (familie, buren, vrienden)", "Tineke Smit", "buurvrouw", ouder: false, "0546 123 456");
        var professional = page.GetByRole(AriaRole.Region, new() { Name = "Een professional toevoegen" });
        await professional.GetByLabel("Een medewerker van een bekende organisatie").CheckAsync();
        await professional.GetByLabel("Medewerker", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ayşe Yılmaz, GZ-psycholoog" });
        await professional.GetByLabel("Rol in deze casus").FillAsync("behandelaar: onderzoek naar de problemen op school");
        await r.KlikEnControleerAsync(professional.GetByRole(AriaRole.Button, new() { Name = "Professional toevoegen" }));
        await r.MeldingAsync("Ayşe Yılmaz is toegevoegd.");

        // Regie: the creator holds procesregie for now; the behandelaar gets inhoudelijke regie on her onderdeel.
        await r.KlikEnControleerAsync(Tab(page, "Regie"));
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Procesregie", Exact = true })).ToContainTextAsync("Sanne de Vries");
        await page.GetByLabel("Wie", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ayşe Yılmaz (Jeugdzorg De Linde)" });
        await page.GetByLabel("Onderdeel", new() { Exact = true }).FillAsync("Onderzoek op school");
        await page.GetByLabel("Mandaat", new() { Exact = true }).FillAsync("Beslist over de aanpak van het onderzoek.");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Inhoudelijke regie toevoegen" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Inhoudelijke regie", Exact = true }).GetByRole(AriaRole.Table)).ToContainTextAsync("Ayşe Yılmaz");

        // MDO-modus: who is there, taken in step 3, the evaluatie date, and the seven steps.
        await r.KlikEnControleerAsync(Tab(page, "MDO-modus"));
        var overleg = page.GetByRole(AriaRole.Region, new() { Name = "Dit overleg" });
        foreach (var vinkje in await overleg.GetByRole(AriaRole.Checkbox).AllAsync()) await vinkje.CheckAsync();
        await overleg.GetByLabel("Besluiten van dit overleg").FillAsync("Eerste overleg: iedereen is er.");
        await r.KlikEnControleerAsync(overleg.GetByRole(AriaRole.Button, new() { Name = "Aanwezigen en besluiten opslaan" }));
        await r.MeldingAsync("De aanwezigen en besluiten van dit overleg zijn opgeslagen.");

        await TaakAsync(r, "Mark Bakker", "Belt de school over een gesprek met Daan.", "Daan gaat weer naar school");
        await TaakAsync(r, "Ayşe Yılmaz", "Doet onderzoek naar de problemen op school.", "Duidelijkheid over wat Daan nodig heeft");
        await Assertions.Expect(Stap(page, 3)).ToContainTextAsync("Doet onderzoek naar de problemen op school.");

        await page.GetByLabel("Volgende evaluatie").FillAsync("2027-02-15");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Datum opslaan" }));
        await r.MeldingAsync("De volgende evaluatie is op");

        foreach (var nummer in new[] { 1, 2, 3 }) await StapAfsprekenAsync(r, nummer, $"Afspraak bij stap {nummer} voor gezin {gezin}.");
        // Typed text in step 5 is carried along when step 4 is saved (wwwroot/js/mdo.js), not lost.
        const string getypt = "Sanne belt de ouders elke vrijdag; Ayşe mailt na elk gesprek.";
        await Afspraken(page, 5).FillAsync(getypt);
        await StapAfsprekenAsync(r, 4, "Sanne heeft de procesregie, Ayşe de inhoudelijke regie op het onderzoek.");
        await Assertions.Expect(Afspraken(page, 5)).ToHaveValueAsync(getypt);
        await StapAfsprekenAsync(r, 5, getypt);
        foreach (var nummer in new[] { 6, 7 }) await StapAfsprekenAsync(r, nummer, $"Afspraak bij stap {nummer} voor gezin {gezin}.");

        // Vaststellen: once without the ouders' answer (the refusal page is checked too), then with their akkoord.
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Link, new() { Name = "Handreiking vaststellen" }));
        var controle = page.GetByRole(AriaRole.Region, new() { Name = "Klaar om vast te stellen?" });
        await Assertions.Expect(controle.GetByText("Nog niet", new() { Exact = true })).ToHaveCountAsync(0);
        await VaststellenAsync(r, 1);

        var pdf = await page.Context.APIRequest.GetAsync(app.Adres +
            await page.GetByRole(AriaRole.Link, new() { Name = "Download versie 1 als PDF" }).GetAttributeAsync("href") ?? "");
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("%PDF"u8.ToArray(), (await pdf.BodyAsync())[..4]);
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Link, new() { Name = "Versie 1", Exact = true }));

        // A new phone number for vader, then whatever that put back to 'in bespreking' is agreed again.
        await r.KlikEnControleerAsync(Tab(page, "Betrokkenen"));
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Link, new() { Name = "Gegevens wijzigen van Mark Bakker" }));
        await page.GetByLabel("Telefoon").FillAsync("bel maar");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));
        await r.FoutmeldingAsync("Een telefoonnummer bestaat uit cijfers");
        await page.GetByLabel("Telefoon").FillAsync(NieuwNummer);
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));
        await r.MeldingAsync("De gegevens van Mark Bakker zijn bewaard.");
        await Assertions.Expect(page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Mark Bakker" }) }))
            .ToContainTextAsync(NieuwNummer);

        await r.GaNaarAsync($"/Casussen/{casus}/Vaststellen");
        foreach (var open in await controle.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(@"^\d\. ") }).AllTextContentsAsync())
        {
            await r.GaNaarAsync($"/Casussen/{casus}/Mdo");
            await StapAfsprekenAsync(r, open.Trim()[0] - '0', null);
            await r.GaNaarAsync($"/Casussen/{casus}/Vaststellen");
        }
        await Assertions.Expect(controle.GetByText("Nog niet", new() { Exact = true })).ToHaveCountAsync(0);
        await VaststellenAsync(r, 2);

        // Versies: compare 1 and 2; the new number is marked as inserted text.
        await page.GetByLabel("Oudere versie").SelectOptionAsync(new SelectOptionValue { Label = "Versie 1" });
        await page.GetByLabel("Nieuwere versie").SelectOptionAsync(new SelectOptionValue { Label = "Versie 2" });
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Naast elkaar zetten" }));
        var betrokkenen = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new Regex("^Betrokkenen") }) });
        await Assertions.Expect(betrokkenen.GetByRole(AriaRole.Insertion)).ToContainTextAsync(["9876"]);
        await Assertions.Expect(betrokkenen.GetByRole(AriaRole.Deletion)).ToContainTextAsync(["1111"]);

        await r.KlikEnControleerAsync(Tab(page, "Overzicht"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Gezin {gezin}", Level = 1 })).ToBeVisibleAsync();
        r.GeenProblemen();
    }

    private static ILocator Tab(IPage page, string naam) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de casus" }).GetByRole(AriaRole.Link, new() { Name = naam, Exact = true });

    private static ILocator Stap(IPage page, int nummer) =>
        page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex($@"^{nummer}\. "), Level = 2 }) });

    private static ILocator Afspraken(IPage page, int nummer) =>
        Stap(page, nummer).GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Afspraken bij ") });

    private static async Task PersoonAsync(Rondgang r, string hoortBij, string naam, string rol, bool ouder, string? telefoon)
    {
        var formulier = r.Page.GetByRole(AriaRole.Region, new() { Name = "Iemand uit het gezin of netwerk toevoegen" });
        await formulier.GetByLabel(hoortBij, new() { Exact = true }).CheckAsync();
        await formulier.GetByLabel("Naam", new() { Exact = true }).FillAsync(naam);
        await formulier.GetByLabel("Rol of relatie").FillAsync(rol);
        if (ouder) await formulier.GetByLabel("Deze persoon is ouder of verzorger").CheckAsync();
        if (telefoon is not null) await formulier.GetByLabel("Telefoon").FillAsync(telefoon);
        await r.KlikEnControleerAsync(formulier.GetByRole(AriaRole.Button, new() { Name = "Toevoegen", Exact = true }));
        await r.MeldingAsync($"{naam} is toegevoegd.");
    }

    /// <summary>Step 3 at the table: the small form on the MDO page itself.</summary>
    private static async Task TaakAsync(Rondgang r, string wie, string wat, string resultaat)
    {
        var formulier = r.Page.GetByRole(AriaRole.Group, new() { Name = "Een taak toevoegen" });
        await formulier.GetByLabel("Wat wordt er gedaan?").FillAsync(wat);
        var keuze = formulier.GetByLabel("Wie doet het?");
        var optie = await keuze.GetByRole(AriaRole.Option, new() { Name = wie }).GetAttributeAsync("value");
        await keuze.SelectOptionAsync(optie!);
        await formulier.GetByLabel("Voor welk resultaat of levensgebied?").FillAsync(resultaat);
        await formulier.GetByLabel("Termijn (niet verplicht)").FillAsync("2027-01-15");
        await r.KlikEnControleerAsync(formulier.GetByRole(AriaRole.Button, new() { Name = "Taak toevoegen" }));
        await r.MeldingAsync($"De taak voor {wie} is toegevoegd.");
    }

    /// <summary>Fills (or keeps, when <paramref name="tekst"/> is null) a step's afspraken, sets it Afgesproken and saves.</summary>
    private static async Task StapAfsprekenAsync(Rondgang r, int nummer, string? tekst)
    {
        var stap = Stap(r.Page, nummer);
        if (tekst is not null) await Afspraken(r.Page, nummer).FillAsync(tekst);
        await stap.GetByLabel("Afgesproken", new() { Exact = true }).CheckAsync();
        await r.KlikEnControleerAsync(stap.GetByRole(AriaRole.Button, new() { Name = $"Stap {nummer} opslaan" }));
        await r.MeldingAsync($"Stap {nummer} is opgeslagen.");
        await Assertions.Expect(Stap(r.Page, nummer).GetByRole(AriaRole.Heading)).ToContainTextAsync("Afgesproken");
    }

    private static async Task VaststellenAsync(Rondgang r, int volgnummer)
    {
        var page = r.Page;
        await page.GetByLabel("Overleg", new() { Exact = true }).SelectOptionAsync(
            await page.GetByLabel("Overleg", new() { Exact = true }).GetByRole(AriaRole.Option, new() { Name = "Vandaag" }).GetAttributeAsync("value") ?? "");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Vaststellen", Exact = true }));
        await r.FoutmeldingAsync("Leg vast of de ouders akkoord zijn met de afspraken.");
        await page.GetByLabel("Ja, de ouders zijn akkoord").CheckAsync();
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Vaststellen", Exact = true }));
        await r.MeldingAsync($"Versie {volgnummer} is vastgesteld en is nu de geldende versie.");
    }
}
