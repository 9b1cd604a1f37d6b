using System.Net;
using Regie.Web.Demo;

namespace Regie.Belasting;

/// <summary>What the load runs point at: the Tukker casus (or, without it, a casus of the jeugdconsulent), a
/// vastgestelde version of it with its stored PDF, and steps the save loops may write, each loop its own.</summary>
public sealed record Doelen(Guid CasusId, int Volgnummer, Guid JeugdconsulentId, IReadOnlyList<StapPlek> Plekken)
{
    public string Overzicht => $"/Casussen/{CasusId}";
    public string Mdo => $"/Casussen/{CasusId}/Mdo";
    public string Pdf => $"/Casussen/{CasusId}/Versies/{Volgnummer}/Pdf";

    public static async Task<Doelen> ZoekAsync(Cluster cluster, Sessie jeugdconsulent, CancellationToken ct, int maxPlekken = 32)
    {
        var gebruiker = (await cluster.RijenAsync("""SELECT "Id", "MedewerkerId" FROM "AspNetUsers" WHERE "NormalizedEmail" = upper($1)""",
            ct, Sessie.Jeugdconsulent)).Single();
        var (gebruikerId, medewerkerId) = ((Guid)gebruiker[0], (Guid)gebruiker[1]);
        const string VanJeugdconsulent = """
            c."Status" = 'Actief' AND EXISTS (SELECT 1 FROM "Betrokkenen" b WHERE b."CasusId" = c."Id" AND b."MedewerkerId" = $1 AND b."BetrokkenTot" IS NULL)
            """;
        var casusId = await cluster.ScalarAsync<Guid?>("""SELECT "Id" FROM "Casussen" WHERE "Code" = $1""", ct, DemoData.TukkerCode)
                      ?? await cluster.ScalarAsync<Guid?>($"""
                          SELECT c."Id" FROM "Casussen" c WHERE {VanJeugdconsulent}
                          ORDER BY EXISTS (SELECT 1 FROM "Handreikingversies" v WHERE v."CasusId" = c."Id") DESC, c."Id" LIMIT 1
                          """, ct, medewerkerId)
                      ?? throw new InvalidOperationException("De jeugdconsulent heeft geen actieve casus.");

        var volgnummer = await VolgnummerAsync(cluster, casusId, ct);
        if (volgnummer is null)
        {
            Console.WriteLine("  Nog geen vastgestelde versie: eerst vaststellen.");
            await jeugdconsulent.ZorgVoorTokenAsync($"/Casussen/{casusId}/Vaststellen", ct);
            using var antwoord = await jeugdconsulent.PostAsync($"/Casussen/{casusId}/Vaststellen", new Dictionary<string, string>
            {
                ["Input.OverlegId"] = "vandaag", ["Input.OudersAkkoord"] = "true", ["__RequestVerificationToken"] = jeugdconsulent.Token!,
            }, ct);
            volgnummer = antwoord.StatusCode == HttpStatusCode.Redirect ? await VolgnummerAsync(cluster, casusId, ct) : null;
            if (volgnummer is null) throw new InvalidOperationException($"Vaststellen van casus {casusId} lukte niet ({(int)antwoord.StatusCode}).");
        }

        // Steps of active casussen of the jeugdconsulent; step 1 of many casussen first, so loops rarely share a casus.
        var plekken = (await cluster.RijenAsync($"""
            SELECT s."CasusId", s."Nummer" FROM "CasusStappen" s JOIN "Casussen" c ON c."Id" = s."CasusId"
            WHERE {VanJeugdconsulent} ORDER BY s."Nummer", c."Id" LIMIT {maxPlekken}
            """, ct, medewerkerId)).Select(r => new StapPlek((Guid)r[0], (int)r[1])).ToList();
        var doelen = new Doelen(casusId, volgnummer.Value, gebruikerId, plekken);

        // The first download renders and stores the PDF (Chromium); every later one serves the stored document.
        using var pdf = await jeugdconsulent.GetAsync(doelen.Pdf, ct);
        if (pdf.StatusCode != HttpStatusCode.OK || pdf.Content.Headers.ContentType?.MediaType != "application/pdf")
            throw new InvalidOperationException($"De PDF {doelen.Pdf} gaf {(int)pdf.StatusCode} {pdf.Content.Headers.ContentType}.");
        await jeugdconsulent.ZorgVoorTokenAsync(doelen.Mdo, ct);
        return doelen;
    }

    private static async Task<int?> VolgnummerAsync(Cluster cluster, Guid casusId, CancellationToken ct) =>
        await cluster.ScalarAsync<int?>("""SELECT max("Volgnummer") FROM "Handreikingversies" WHERE "CasusId" = $1""", ct, casusId);
}
