using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.BrowserTests;

/// <summary>The bell and /Meldingen in a real browser: reachable by keyboard with a visible focus, named with its count,
/// axe clean on a desktop and on a phone, and the mail preference on the profile page too.</summary>
public class MeldingenTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task ZetMeldingenAsync()
    {
        await using var db = app.NieuweDbContext();
        if (await db.Meldingen.AnyAsync()) return;
        var peter = await db.Users.Where(u => u.Email == $"maatschappelijkwerker@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
        var tukker = await db.Casussen.Where(c => c.Code == DemoData.TukkerCode).Select(c => c.Id).SingleAsync();
        var bakker = await db.Casussen.Where(c => c.Code == DemoData.BakkerCode).Select(c => c.Id).SingleAsync();
        var gelezen = new Melding(peter, MeldingSoort.NieuweVersie, tukker, null, app.Klok.GetUtcNow().AddDays(-3));
        gelezen.MarkeerGelezen(app.Klok.GetUtcNow().AddDays(-2));
        db.Meldingen.AddRange(
            gelezen,
            new Melding(peter, MeldingSoort.NieuweVersie, bakker, null, app.Klok.GetUtcNow().AddDays(-1)),
            new Melding(peter, MeldingSoort.ToegevoegdAanCasus, tukker, null, app.Klok.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task De_bel_is_met_het_toetsenbord_te_bereiken_en_de_meldingen_voldoen_aan_WCAG_21_AA(int breedte)
    {
        await ZetMeldingenAsync();
        var page = await app.IngelogdePaginaAsync("maatschappelijkwerker", breedte);
        await page.GotoAsync("/Casussen");
        var bel = page.GetByRole(AriaRole.Link, new() { Name = "Meldingen, 2 ongelezen" });
        await Assertions.Expect(bel).ToBeVisibleAsync();

        await bel.FocusAsync();
        var stijl = await bel.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.boxShadow]; }");
        Assert.NotEqual("none", stijl[0]);
        Assert.NotEqual("none", stijl[1]);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/Meldingen");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wat is er afgesproken" })).ToBeVisibleAsync();
        var maten = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(maten[0] <= maten[1], $"/Meldingen is {maten[0]}px breed op een scherm van {maten[1]}px.");
        await Axe.GeenOvertredingenAsync(page);
    }

    [Fact]
    public async Task Meldingen_per_email_op_het_profiel_voldoet_aan_WCAG_21_AA()
    {
        var page = await app.IngelogdePaginaAsync("behandelaar");
        await page.GotoAsync("/Account/Profiel");
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Wanneer wilt u een e-mail over uw meldingen?" })).ToBeVisibleAsync();
        await Axe.GeenOvertredingenAsync(page);
    }
}
