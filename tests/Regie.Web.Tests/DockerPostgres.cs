using System.Net.Sockets;
using Testcontainers.PostgreSql;

namespace Regie.Web.Tests;

/// <summary>The tests' PostgreSQL in a container, tried only when a Docker engine answers; the app itself never uses Docker
/// (it starts <see cref="Regie.EmbeddedDatabase.EmbeddedPostgres"/>), so this lives here.</summary>
internal static class DockerPostgres
{
    public const string ContainerImage = "postgres:16-alpine";
    private static readonly TimeSpan DockerPingTimeout = TimeSpan.FromSeconds(2);

    /// <summary>A superuser connection string to the container's maintenance database, or null when Docker does not answer
    /// or the container does not start (then the caller uses the local cluster). The container lives as long as the process.</summary>
    public static async Task<string?> ProbeerStartAsync()
    {
        if (!await IsDockerAvailableAsync(CancellationToken.None)) return null;
        var container = new PostgreSqlBuilder(ContainerImage).WithDatabase("postgres").WithUsername("regie").WithPassword("regie").Build();
        try
        {
            await container.StartAsync();
        }
        catch (Exception e)
        {
            await container.DisposeAsync();
            Console.Error.WriteLine($"Docker antwoordt, maar de PostgreSQL-container kon niet starten; er wordt een lokaal cluster gebruikt. {e.Message}");
            return null;
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return container.GetConnectionString();
    }

    internal static async Task<bool> IsDockerAvailableAsync(CancellationToken ct)
    {
        var endpoint = FindDockerEndpoint();
        return endpoint is not null && await PingDockerAsync(endpoint, DockerPingTimeout, ct);
    }

    /// <summary>DOCKER_HOST, else the first Docker socket that exists; null when there is none.</summary>
    internal static Uri? FindDockerEndpoint()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(dockerHost))
        {
            return Uri.TryCreate(dockerHost, UriKind.Absolute, out var uri) ? uri : null;
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var runtimeDir = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        string?[] candidates =
        [
            "/var/run/docker.sock",
            string.IsNullOrEmpty(runtimeDir) ? null : Path.Combine(runtimeDir, "docker.sock"),
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".docker", "run", "docker.sock"),
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".docker", "desktop", "docker.sock"),
        ];
        var socket = candidates.FirstOrDefault(path => path is not null && File.Exists(path));
        return socket is null ? null : new Uri("unix://" + socket);
    }

    /// <summary>GET /_ping on the Docker engine; false on any failure or after <paramref name="timeout"/>.</summary>
    internal static async Task<bool> PingDockerAsync(Uri endpoint, TimeSpan timeout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(endpoint);

        Uri requestUri;
        string? socketPath = null;
        switch (endpoint.Scheme)
        {
            case "unix":
                socketPath = Uri.UnescapeDataString(endpoint.AbsolutePath);
                if (!File.Exists(socketPath))
                {
                    return false;
                }

                requestUri = new Uri("http://docker/_ping");
                break;
            case "tcp" or "http":
                requestUri = new UriBuilder("http", endpoint.Host, endpoint.Port, "/_ping").Uri;
                break;
            case "https":
                requestUri = new UriBuilder("https", endpoint.Host, endpoint.Port, "/_ping").Uri;
                break;
            default:
                // npipe://, ssh://: no cheap check; use the local cluster.
                return false;
        }

        using var timeoutCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutCts.CancelAfter(timeout);

        var handler = new SocketsHttpHandler { UseProxy = false, ConnectTimeout = timeout };
        if (socketPath is not null)
        {
            handler.ConnectCallback = async (_, token) =>
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), token);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        using var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        try
        {
            using var response = await client.GetAsync(requestUri, timeoutCts.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
