using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Regie.Domain.Casussen;
using Regie.Domain.Organisaties;
using Regie.Web.Data;
using Regie.Web.Demo;

namespace Regie.Web.Tests.Casussen;

/// <summary>A (second) professional of the casus' gemeente who is betrokken but does not hold regie, with an account to log in.</summary>
internal static class Gemeenteprofessional
{
    public static async Task<HttpClient> IngelogdAsync(RegieApp app, string casusCode, string naam, string email)
    {
        await using (var db = app.NieuweDbContext())
        {
            var casus = await db.Casussen.Include(c => c.Betrokkenen).SingleAsync(c => c.Code == casusCode);
            var gemeente = await db.Organisaties.SingleAsync(o => o.Id == casus.GemeenteId);
            var medewerker = await db.Medewerkers.SingleOrDefaultAsync(m => m.Email == email);
            if (medewerker is null)
            {
                medewerker = new Medewerker(gemeente.Id, naam, email, "Wijkcoach", "0546 000 000", null);
                db.Medewerkers.Add(medewerker);
            }
            if (!casus.IsActiefBetrokken(medewerker.Id))
            {
                var gegevens = new BetrokkeneGegevens(BetrokkeneSoort.Professional, naam, "Wijkcoach gemeente", null, email, null,
                    gemeente.Id, gemeente.Naam, gemeente.Type, medewerker.Id);
                Assert.True(casus.VoegBetrokkeneToe(gegevens, DateOnly.FromDateTime(RegieApp.Start.UtcDateTime)).Gelukt);
            }
            await db.SaveChangesAsync();

            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Naam = naam, MedewerkerId = medewerker.Id };
            Assert.True((await users.CreateAsync(gebruiker, DemoData.Wachtwoord)).Succeeded);
            Assert.True((await users.AddToRoleAsync(gebruiker, Rollen.Gemeente)).Succeeded);
        }
        return await app.IngelogdAlsAsync(email);
    }
}
