using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Meldingen;

/// <summary>Puts meldingen under someone's bell behind the app's back (as the jobs and hooks would), and reads the bell.</summary>
internal static class Meldingzetter
{
    public static async Task<Guid> AccountAsync(RegieApp app, string account)
    {
        await using var db = app.NieuweDbContext();
        return await db.Users.Where(u => u.Email == $"{account}@{DemoData.Domein}").Select(u => u.Id).SingleAsync();
    }

    public static async Task<Guid> CasusAsync(RegieApp app, string code)
    {
        await using var db = app.NieuweDbContext();
        return await db.Casussen.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    /// <summary><paramref name="aantal"/> meldingen, each a minute apart from <paramref name="vanaf"/> (default: the test clock's start).</summary>
    public static async Task<List<Guid>> ZetAsync(RegieApp app, Guid gebruiker, MeldingSoort soort, Guid? casus, int aantal = 1,
        bool gelezen = false, Guid? onderwerp = null, DateTimeOffset? vanaf = null)
    {
        await using var db = app.NieuweDbContext();
        var ids = new List<Guid>();
        for (var i = 0; i < aantal; i++)
        {
            var op = (vanaf ?? RegieApp.Start).AddMinutes(i);
            var melding = new Melding(gebruiker, soort, casus, onderwerp ?? Guid.NewGuid(), op);
            if (gelezen) melding.MarkeerGelezen(op.AddMinutes(1));
            db.Meldingen.Add(melding);
            ids.Add(melding.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    public static async Task<int> OngelezenAsync(RegieApp app, Guid gebruiker)
    {
        await using var db = app.NieuweDbContext();
        return await db.Meldingen.CountAsync(m => m.GebruikerId == gebruiker && m.GelezenOp == null);
    }

    /// <summary>The bell's name as a screen reader gets it ("Meldingen, 3 ongelezen"), or null when there is no bell.</summary>
    public static string? Bel(IHtmlDocument pagina) =>
        pagina.QuerySelector("header a#bel") is { } bel ? bel.GetAttribute("aria-label") ?? Regex.Replace(bel.TextContent, @"\s+", " ").Trim() : null;

    /// <summary>The number on the bell; 0 when it shows none.</summary>
    public static int Teller(IHtmlDocument pagina)
    {
        var tekst = pagina.QuerySelector("header a#bel .bel-teller")?.TextContent;
        return tekst is null ? 0 : int.Parse(Regex.Match(tekst, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
