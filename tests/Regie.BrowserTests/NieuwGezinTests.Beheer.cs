using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Regie.BrowserTests;

public sealed partial class NieuwGezinTests
{
    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Beheerder_loopt_alle_beheerpaginas_door(int breedte)
    {
        var r = await Rondgang.StartAsync(app, "beheerder", breedte);
        var page = r.Page;
        var main = page.GetByRole(AriaRole.Main);

        await r.GaNaarAsync("/Beheer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Beheer", Level = 1 })).ToBeVisibleAsync();

        // Organisaties: the list, one to change, and a new one that is refused once.
        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Link, new() { Name = "Organisaties", Exact = true }));
        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = "Gemeente Hengelo" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Organisatie wijzigen" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Gemeentecode (CBS)")).ToHaveValueAsync("GM0164");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }));
        await r.MeldingAsync("De gegevens van Gemeente Hengelo zijn opgeslagen.");

        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Link, new() { Name = "Organisatie toevoegen" }));
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Organisatie toevoegen" }));
        await r.FoutmeldingAsync("Vul de naam van de organisatie in.");
        var organisatie = $"Buurtteam Oost {breedte}";
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(organisatie);
        await page.GetByLabel("Soort organisatie").SelectOptionAsync(new SelectOptionValue { Label = "Zorgaanbieder" });
        await page.GetByLabel("Regio").FillAsync("Twente");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Organisatie toevoegen" }));
        await r.MeldingAsync($"{organisatie} is toegevoegd.");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new() { Name = organisatie })).ToBeVisibleAsync();

        // Accounts: the list, one account, a professional invited after a refusal, the regio form refused.
        await r.GaNaarAsync("/Beheer");
        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }));
        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Link, new() { Name = "Sanne de Vries" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sanne de Vries", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Procesregie" })).ToContainTextAsync("voert de procesregie");

        await r.GaNaarAsync("/Beheer/Accounts");
        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Link, new() { Name = "Professional uitnodigen" }));
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }));
        await r.FoutmeldingAsync("Vul het e-mailadres in.");
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync($"Fatima el Amrani {breedte}");
        await page.GetByLabel("E-mailadres").FillAsync($"fatima{breedte}@buurtteam.example");
        await page.GetByLabel("Organisatie").SelectOptionAsync(new SelectOptionValue { Label = $"{organisatie} (Zorgaanbieder)" });
        await page.GetByLabel("Functie").FillAsync("Gezinscoach");
        await page.GetByLabel("Telefoon").FillAsync("0546 700 800");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }));
        await r.MeldingAsync($"Fatima el Amrani {breedte} is uitgenodigd.");
        await Assertions.Expect(main.GetByRole(AriaRole.Row, new() { Name = $"Fatima el Amrani {breedte}" })).ToContainTextAsync("Uitgenodigd");

        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Link, new() { Name = "Regiocoördinator of beheerder uitnodigen" }));
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync("Joost Regio");
        await page.GetByLabel("E-mailadres").FillAsync("geen-adres");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitnodigen" }));
        await r.FoutmeldingAsync("Vul een geldig e-mailadres in");
        await r.FoutmeldingAsync("Kies de rol.");
        await Assertions.Expect(page.GetByLabel("Naam", new() { Exact = true })).ToHaveValueAsync("Joost Regio");

        // Sjabloon: a reworded step title becomes the next version.
        await r.GaNaarAsync("/Beheer");
        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Link, new() { Name = "Sjabloon van de handreiking" }));
        var titel = page.GetByLabel("Titel van de stap over communicatie");
        var nieuweTitel = $"Informeren en op de hoogte houden ({breedte})";
        await titel.FillAsync(nieuweTitel);
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Opslaan als versie") }));
        await r.MeldingAsync("van het sjabloon is opgeslagen");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { NameRegex = new Regex("^Nu in gebruik") })
            .GetByRole(AriaRole.Heading, new() { Name = nieuweTitel })).ToBeVisibleAsync();

        // Logboek: searched by gebruiker.
        await r.GaNaarAsync("/Beheer");
        await r.KlikEnControleerAsync(main.GetByRole(AriaRole.Link, new() { Name = "Logboek", Exact = true }));
        await page.GetByLabel("Gebruiker (naam of e-mailadres)").FillAsync("beheerder@");
        await r.KlikEnControleerAsync(page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "gevonden" })).Not.ToHaveTextAsync(new Regex("^0 regels"));
        var regels = await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell) }).AllAsync();
        Assert.NotEmpty(regels);
        foreach (var regel in regels) await Assertions.Expect(regel.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("Kees Mulder");

        r.GeenProblemen();
    }
}
