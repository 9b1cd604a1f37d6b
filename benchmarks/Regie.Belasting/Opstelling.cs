using System.Diagnostics;
using System.Globalization;

namespace Regie.Belasting;

/// <summary>What a command runs on: the cluster, one or two app instances (ports 5120, 5121) and, for two, nginx on
/// 127.0.0.1:5130 in front of them. Disposing stops all of it.</summary>
public sealed class Opstelling : IAsyncDisposable
{
    public const int EerstePoort = 5120;
    public const int NginxPoort = 5130;

    private Process? _nginx;

    private Opstelling(Cluster cluster, string map)
    {
        Cluster = cluster;
        Map = map;
    }

    public Cluster Cluster { get; }
    public List<AppInstantie> Apps { get; } = [];

    /// <summary>Temp folder with the apps' logs and nginx's configuration.</summary>
    public string Map { get; }

    /// <summary>Keep the temp folder (the apps' logs) after the run, e.g. when a check failed.</summary>
    public bool LogsBewaren { get; set; }

    /// <summary>Where clients go: nginx when it runs, else the one instance.</summary>
    public Uri Adres => _nginx is null ? Apps[0].Adres : new Uri($"http://127.0.0.1:{NginxPoort}");

    /// <summary>The public address the apps are configured with, as a Host header.</summary>
    public string PubliekeHost { get; private set; } = "";

    public static async Task<Opstelling> StartAsync(Opties opties, int instanties, CancellationToken ct)
    {
        await AppInstantie.ZorgVoorBuildAsync(ct);
        var map = Directory.CreateTempSubdirectory("regie-belasting-").FullName;
        var cluster = await Cluster.StartAsync(opties.Database, ct);
        var opstelling = new Opstelling(cluster, map);
        try
        {
            var publiek = instanties > 1 ? NginxPoort : EerstePoort;
            opstelling.PubliekeHost = $"127.0.0.1:{publiek}";
            // One after the other: the first migrates and seeds, the second finds it done.
            for (var i = 0; i < instanties; i++)
                opstelling.Apps.Add(await AppInstantie.StartAsync($"app-{(char)('a' + i)}", EerstePoort + i, $"http://{opstelling.PubliekeHost}", cluster, map, ct));
            if (instanties > 1) await opstelling.StartNginxAsync(ct);
            return opstelling;
        }
        catch
        {
            await opstelling.DisposeAsync();
            throw;
        }
    }

    /// <summary>A session through the front door (nginx or the one instance).</summary>
    public Task<Sessie> InloggenAsync(string email, CancellationToken ct) =>
        Sessie.InloggenAsync(Adres, _nginx is null ? null : PubliekeHost, email, ct);

    private async Task StartNginxAsync(CancellationToken ct)
    {
        await Wrk.ZorgVoorPakketAsync("nginx", "nginx", ct);
        var servers = string.Join("\n", Apps.Select(a => $"        server 127.0.0.1:{a.Poort.ToString(CultureInfo.InvariantCulture)};"));
        // Round robin over both instances; Host is the public address both apps are configured with; X-Upstream says
        // which instance answered (two addresses: nginx tried the first, the second answered). nginx's defaults otherwise:
        // an instance that fails is left alone for 10 s; a GET (not a POST already sent) is retried on the other.
        var conf = $$"""
            daemon off;
            master_process on;
            worker_processes 1;
            user root;
            pid {{Map}}/nginx.pid;
            error_log {{Map}}/nginx-error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{Map}}/body;
                proxy_temp_path {{Map}}/proxy;
                fastcgi_temp_path {{Map}}/fastcgi;
                uwsgi_temp_path {{Map}}/uwsgi;
                scgi_temp_path {{Map}}/scgi;
                upstream regie {
            {{servers}}
                    keepalive 64;
                }
                server {
                    listen 127.0.0.1:{{NginxPoort}};
                    location / {
                        proxy_pass http://regie;
                        proxy_http_version 1.1;
                        proxy_set_header Connection "";
                        proxy_set_header Host {{PubliekeHost}};
                        proxy_buffers 16 64k;
                        add_header X-Upstream $upstream_addr always;
                    }
                }
            }
            """;
        var pad = Path.Combine(Map, "nginx.conf");
        await File.WriteAllTextAsync(pad, conf, ct);
        var start = new ProcessStartInfo("nginx") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-p", Map, "-c", pad, "-e", Path.Combine(Map, "nginx-error.log") }) start.ArgumentList.Add(a);
        _nginx = Process.Start(start)!;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 50; i++)
        {
            if (_nginx.HasExited)
                throw new InvalidOperationException($"nginx stopte: {await _nginx.StandardError.ReadToEndAsync(ct)} {File.ReadAllText(Path.Combine(Map, "nginx-error.log"))}");
            try
            {
                using var antwoord = await client.GetAsync(new Uri(Adres, "/health/live"), ct);
                if (antwoord.IsSuccessStatusCode)
                {
                    Console.WriteLine($"  nginx draait op {Adres} (pid {_nginx.Id}) voor {string.Join(", ", Apps.Select(a => a.Poort))}");
                    return;
                }
            }
            catch (HttpRequestException) { }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException("nginx antwoordde niet binnen 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }
        _nginx?.Dispose();
        foreach (var app in Apps) await app.DisposeAsync();
        await Cluster.DisposeAsync();
        if (LogsBewaren) Console.WriteLine($"Logs van de app en nginx: {Map}");
        else try { Directory.Delete(Map, recursive: true); } catch (IOException) { }
    }
}
