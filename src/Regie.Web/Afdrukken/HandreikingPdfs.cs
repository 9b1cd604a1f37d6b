using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Npgsql;
using Regie.Domain.Handreiking;
using Regie.Web.Data;
using Regie.Web.Infrastructure.Configuratie;
using Regie.Web.Infrastructure.Pdf;

namespace Regie.Web.Afdrukken;

/// <summary>The stored PDF of a handreikingversie: made once (at vaststellen, or at the first download of an older version)
/// and then served as it is, so every copy of a version is the same document.</summary>
public sealed class HandreikingPdfs(RegieDbContext db, Afdrukmaker afdrukken, PubliekeUrl publiekeUrl, PdfGeheugen geheugen, TimeProvider clock,
    ILogger<HandreikingPdfs> log)
{
    /// <summary>Right after vaststellen. A failure does not undo the vaststelling: the first download makes the PDF then.</summary>
    public async Task ProbeerTeMakenAsync(Handreikingversie versie, HttpRequest request, CancellationToken ct)
    {
        try
        {
            await MaakEnBewaarAsync(versie, request, ct);
        }
        catch (Exception e) when (e is PdfNietBeschikbaarException or DbUpdateException)
        {
            log.LogWarning(e, "De PDF van versie {Volgnummer} van casus {CasusId} is niet gemaakt bij het vaststellen; hij wordt gemaakt bij de eerste download.",
                versie.Volgnummer, versie.CasusId);
        }
    }

    /// <exception cref="PdfNietBeschikbaarException">Not stored yet and the renderer cannot make it now.</exception>
    public async Task<byte[]> HaalOfMaakAsync(Handreikingversie versie, HttpRequest request, CancellationToken ct) =>
        await OpgeslagenAsync(versie.Id, ct) ?? (await MaakEnBewaarAsync(versie, request, ct)).Bytes;

    /// <summary>The stored PDF, or null when the version has none yet. A stored PDF never changes, so it is kept in memory
    /// after the first read: reading a few hundred kB of bytea from PostgreSQL costs ten times a static file.</summary>
    public async Task<byte[]?> OpgeslagenAsync(Guid versieId, CancellationToken ct)
    {
        if (geheugen.Zoek(versieId) is { } bekend) return bekend;
        var bytes = await db.HandreikingPdfs.AsNoTracking().Where(p => p.VersieId == versieId).Select(p => p.Bytes).SingleOrDefaultAsync(ct);
        if (bytes is not null) geheugen.Bewaar(versieId, bytes);
        return bytes;
    }

    private async Task<HandreikingPdf> MaakEnBewaarAsync(Handreikingversie versie, HttpRequest request, CancellationToken ct)
    {
        var bytes = await afdrukken.HandreikingAsync(versie, publiekeUrl.Verificatie(request, versie.Verificatiecode), ct);
        var pdf = new HandreikingPdf(versie.Id, bytes, clock.GetUtcNow());
        db.HandreikingPdfs.Add(pdf);
        try
        {
            await db.SaveChangesAsync(ct);
            geheugen.Bewaar(versie.Id, pdf.Bytes);
            return pdf;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A simultaneous download stored it first: that one is the PDF of this version from now on.
            db.Entry(pdf).State = EntityState.Detached;
            return await db.HandreikingPdfs.AsNoTracking().SingleAsync(p => p.VersieId == versie.Id, ct);
        }
        catch
        {
            db.Entry(pdf).State = EntityState.Detached;
            throw;
        }
    }
}

/// <summary>Stored PDFs in memory, up to Regie:Pdf:GeheugenMegabytes. Safe with several app instances: a stored PDF is immutable.</summary>
public sealed class PdfGeheugen(IOptions<PdfOptions> opties) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions
    {
        SizeLimit = Math.Max(1, opties.Value.GeheugenMegabytes) * 1024L * 1024L,
    });
    private readonly bool _aan = opties.Value.GeheugenMegabytes > 0;

    public byte[]? Zoek(Guid versieId) => _aan ? _cache.Get<byte[]>(versieId) : null;

    public void Bewaar(Guid versieId, byte[] pdf)
    {
        if (_aan) _cache.Set(versieId, pdf, new MemoryCacheEntryOptions { Size = pdf.Length, SlidingExpiration = TimeSpan.FromHours(1) });
    }

    public void Dispose() => _cache.Dispose();
}
