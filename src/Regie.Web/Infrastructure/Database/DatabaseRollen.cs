using System.Text.RegularExpressions;
using Npgsql;

namespace Regie.Web.Infrastructure.Database;

/// <summary>
/// The app's two database roles. The owner of the tables runs the migrations (ConnectionStrings:RegieMigraties);
/// requests run as a login in the group role <see cref="Groep"/>, which may read and add to the logboek but may not
/// change, empty or unprotect it (ConnectionStrings:Regie). The migration grants to the group, as it cannot know the login.
/// </summary>
public static partial class DatabaseRollen
{
    /// <summary>NOLOGIN group role that holds the app's rights; created by the migration when the owner may.</summary>
    public const string Groep = "regie_app";

    /// <summary>The runtime login the embedded database creates.</summary>
    public const string AppLogin = "regie_web";

    /// <summary>Creates a login that is no superuser and owns nothing, or gives an existing one this password.
    /// Needs a connection that may create roles.</summary>
    public static async Task MaakLoginAsync(string beheerConnectionString, string login, string wachtwoord, CancellationToken ct = default)
    {
        // Role statements take no parameters: the password goes in as a literal, so only letters and digits.
        if (!Wachtwoordtekens().IsMatch(wachtwoord))
            throw new ArgumentException("Het wachtwoord mag alleen letters en cijfers bevatten.", nameof(wachtwoord));

        await using var connection = new NpgsqlConnection(beheerConnectionString);
        await connection.OpenAsync(ct);
        var bestaat = await BestaatAsync(connection, login, ct);
        var sql = $"SET password_encryption = 'scram-sha-256'; {(bestaat ? "ALTER" : "CREATE")} ROLE {Naam(login)} "
                  + $"LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '{wachtwoord}'";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The group role, when it does not exist yet (the migration does the same where the owner may create roles).</summary>
    public static async Task MaakGroepAsync(string beheerConnectionString, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(beheerConnectionString);
        await connection.OpenAsync(ct);
        if (await BestaatAsync(connection, Groep, ct)) return;
        await using var command = new NpgsqlCommand($"CREATE ROLE {Naam(Groep)} NOLOGIN", connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Makes <paramref name="login"/> a member of <see cref="Groep"/> unless it already is.</summary>
    public static async Task MaakLidAsync(string connectionString, string login, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var lid = new NpgsqlCommand("SELECT pg_has_role(@login, @groep, 'MEMBER')", connection))
        {
            lid.Parameters.AddWithValue("login", login);
            lid.Parameters.AddWithValue("groep", Groep);
            if ((bool)(await lid.ExecuteScalarAsync(ct))!) return;
        }

        await using var grant = new NpgsqlCommand($"GRANT {Naam(Groep)} TO {Naam(login)}", connection);
        await grant.ExecuteNonQueryAsync(ct);
    }

    /// <summary>true when the current login could get around the logboek's protection: a superuser or (a member of) its owner.</summary>
    public static async Task<bool> KanLogboekWissenAsync(NpgsqlConnection connection, CancellationToken ct = default)
    {
        await using var command = new NpgsqlCommand("""
            SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER')
            FROM pg_roles r, pg_class c
            WHERE r.rolname = current_user AND c.oid = to_regclass('"Logboek"')
            """, connection);
        return await command.ExecuteScalarAsync(ct) is true;
    }

    private static async Task<bool> BestaatAsync(NpgsqlConnection connection, string rol, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_roles WHERE rolname = @rol", connection);
        command.Parameters.AddWithValue("rol", rol);
        return await command.ExecuteScalarAsync(ct) is not null;
    }

    internal static string Naam(string rol) => "\"" + rol.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex("^[A-Za-z0-9]{16,}$")]
    private static partial Regex Wachtwoordtekens();
}
