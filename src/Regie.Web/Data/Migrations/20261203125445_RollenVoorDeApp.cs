using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class RollenVoorDeApp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Requests run as a login in regie_app (a migration cannot know that login's name); the owner keeps the
            // rights to change tables and triggers, so the app's login cannot switch off the logboek's protection.
            migrationBuilder.Sql("""
                DO $$
                DECLARE s text := current_schema();
                BEGIN
                    -- Made here when the owner may create roles; on a hosted server the administrator makes it first.
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regie_app') THEN
                        CREATE ROLE regie_app NOLOGIN;
                    END IF;
                    EXECUTE format('GRANT USAGE ON SCHEMA %I TO regie_app', s);
                    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO regie_app', s);
                    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO regie_app', s);
                END $$;

                -- Tables the owner adds later (a job store, new features) get the same rights without a new grant.
                ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO regie_app;
                ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO regie_app;
                ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO regie_app;

                -- The logboek: read and add, nothing else. Only the owner writes the migration history.
                REVOKE UPDATE, DELETE, TRUNCATE ON "Logboek" FROM regie_app;
                REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "__EFMigrationsHistory" FROM regie_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The role itself stays: it is cluster-wide and other databases may use it.
            migrationBuilder.Sql("""
                ALTER DEFAULT PRIVILEGES REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM regie_app;
                ALTER DEFAULT PRIVILEGES REVOKE USAGE, SELECT ON SEQUENCES FROM regie_app;
                ALTER DEFAULT PRIVILEGES REVOKE USAGE ON SCHEMAS FROM regie_app;
                DO $$
                DECLARE s text := current_schema();
                BEGIN
                    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM regie_app', s);
                    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM regie_app', s);
                    EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM regie_app', s);
                END $$;
                """);
        }
    }
}
