using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignalenMeldingenPlanner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IndienerId",
                table: "Signalen",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "RegieContactId",
                table: "Organisaties",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailVoorkeur",
                table: "AspNetUsers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Direct");

            migrationBuilder.CreateTable(
                name: "Meldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GebruikerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: true),
                    OnderwerpId = table.Column<Guid>(type: "uuid", nullable: true),
                    Op = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GelezenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GemaildOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Sleutel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meldingen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Meldingen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UitgaandeMails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Aan = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Onderwerp = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Pogingen = table.Column<int>(type: "integer", nullable: false),
                    VolgendePogingOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VerstuurdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OpgegevenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LaatsteFout = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UitgaandeMails", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Signalen_IndienerId",
                table: "Signalen",
                column: "IndienerId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_RegieContactId",
                table: "Organisaties",
                column: "RegieContactId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_CasusId",
                table: "Meldingen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_GebruikerId_Op",
                table: "Meldingen",
                columns: new[] { "GebruikerId", "Op" });

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_GebruikerId_Sleutel",
                table: "Meldingen",
                columns: new[] { "GebruikerId", "Sleutel" },
                unique: true,
                filter: "\"Sleutel\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_NietGemaild",
                table: "Meldingen",
                column: "Op",
                filter: "\"GemaildOp\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Meldingen_Ongelezen",
                table: "Meldingen",
                column: "GebruikerId",
                filter: "\"GelezenOp\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_UitgaandeMails_VolgendePogingOp",
                table: "UitgaandeMails",
                column: "VolgendePogingOp",
                filter: "\"VolgendePogingOp\" IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_Organisaties_Medewerkers_RegieContactId",
                table: "Organisaties",
                column: "RegieContactId",
                principalTable: "Medewerkers",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.Sql(Planner.Tabellen);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Planner.Weg);

            migrationBuilder.DropForeignKey(
                name: "FK_Organisaties_Medewerkers_RegieContactId",
                table: "Organisaties");

            migrationBuilder.DropTable(
                name: "Meldingen");

            migrationBuilder.DropTable(
                name: "UitgaandeMails");

            migrationBuilder.DropIndex(
                name: "IX_Signalen_IndienerId",
                table: "Signalen");

            migrationBuilder.DropIndex(
                name: "IX_Organisaties_RegieContactId",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "IndienerId",
                table: "Signalen");

            migrationBuilder.DropColumn(
                name: "RegieContactId",
                table: "Organisaties");

            migrationBuilder.DropColumn(
                name: "MailVoorkeur",
                table: "AspNetUsers");
        }
    }

    /// <summary>The tables Quartz.NET's ADO.NET job store (clustered, PostgreSQL delegate) reads and writes, with the
    /// prefix qrtz_ the app configures. Quartz names the columns; the types follow its PostgreSQL delegate (times as
    /// ticks in bigint, job data as bytea). The app's runtime role gets the same rights as on its own tables.</summary>
    internal static class Planner
    {
        public const string Tabellen = """
            -- Jobs and their triggers.
            CREATE TABLE qrtz_job_details (
                sched_name        text NOT NULL,
                job_name          text NOT NULL,
                job_group         text NOT NULL,
                description       text,
                job_class_name    text NOT NULL,
                is_durable        boolean NOT NULL,
                is_nonconcurrent  boolean NOT NULL,
                is_update_data    boolean NOT NULL,
                requests_recovery boolean NOT NULL,
                job_data          bytea,
                CONSTRAINT pk_qrtz_job_details PRIMARY KEY (sched_name, job_name, job_group));

            CREATE TABLE qrtz_triggers (
                sched_name             text NOT NULL,
                trigger_name           text NOT NULL,
                trigger_group          text NOT NULL,
                job_name               text NOT NULL,
                job_group              text NOT NULL,
                description            text,
                next_fire_time         bigint,
                prev_fire_time         bigint,
                priority               integer,
                trigger_state          text NOT NULL,
                trigger_type           text NOT NULL,
                start_time             bigint NOT NULL,
                end_time               bigint,
                calendar_name          text,
                misfire_instr          smallint,
                misfire_orig_fire_time bigint,
                execution_group        varchar(200),
                preferred_node         varchar(200),
                preferred_node_auto    boolean NOT NULL DEFAULT false,
                retry_policy           varchar(250),
                retry_attempt          integer,
                continues_trigger_name  text,
                continues_trigger_group text,
                continuation_condition integer,
                overlap_policy         integer,
                pause_reason           varchar(250),
                paused_by              varchar(200),
                paused_at              bigint,
                misfire_threshold      bigint,
                fixed_delay            boolean,
                job_data               bytea,
                CONSTRAINT pk_qrtz_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
                CONSTRAINT fk_qrtz_triggers_job FOREIGN KEY (sched_name, job_name, job_group)
                    REFERENCES qrtz_job_details (sched_name, job_name, job_group));

            -- One table per trigger kind, each row removed with its trigger.
            CREATE TABLE qrtz_simple_triggers (
                sched_name      text NOT NULL,
                trigger_name    text NOT NULL,
                trigger_group   text NOT NULL,
                repeat_count    bigint NOT NULL,
                repeat_interval bigint NOT NULL,
                times_triggered bigint NOT NULL,
                CONSTRAINT pk_qrtz_simple_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
                CONSTRAINT fk_qrtz_simple_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                    REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

            CREATE TABLE qrtz_cron_triggers (
                sched_name      text NOT NULL,
                trigger_name    text NOT NULL,
                trigger_group   text NOT NULL,
                cron_expression text NOT NULL,
                time_zone_id    text,
                CONSTRAINT pk_qrtz_cron_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
                CONSTRAINT fk_qrtz_cron_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                    REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

            CREATE TABLE qrtz_simprop_triggers (
                sched_name    text NOT NULL,
                trigger_name  text NOT NULL,
                trigger_group text NOT NULL,
                str_prop_1 text, str_prop_2 text, str_prop_3 text,
                int_prop_1 integer, int_prop_2 integer,
                long_prop_1 bigint, long_prop_2 bigint,
                dec_prop_1 numeric, dec_prop_2 numeric,
                bool_prop_1 boolean, bool_prop_2 boolean,
                time_zone_id  text,
                CONSTRAINT pk_qrtz_simprop_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
                CONSTRAINT fk_qrtz_simprop_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                    REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

            CREATE TABLE qrtz_blob_triggers (
                sched_name    text NOT NULL,
                trigger_name  text NOT NULL,
                trigger_group text NOT NULL,
                blob_data     bytea,
                CONSTRAINT pk_qrtz_blob_triggers PRIMARY KEY (sched_name, trigger_name, trigger_group),
                CONSTRAINT fk_qrtz_blob_triggers FOREIGN KEY (sched_name, trigger_name, trigger_group)
                    REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group) ON DELETE CASCADE);

            CREATE TABLE qrtz_calendars (
                sched_name    text NOT NULL,
                calendar_name text NOT NULL,
                calendar      bytea NOT NULL,
                CONSTRAINT pk_qrtz_calendars PRIMARY KEY (sched_name, calendar_name));

            CREATE TABLE qrtz_paused_trigger_grps (
                sched_name    text NOT NULL,
                trigger_group text NOT NULL,
                pause_reason  varchar(250),
                paused_by     varchar(200),
                paused_at     bigint,
                CONSTRAINT pk_qrtz_paused_trigger_grps PRIMARY KEY (sched_name, trigger_group));

            CREATE TABLE qrtz_paused_job_grps (
                sched_name   text NOT NULL,
                job_group    text NOT NULL,
                pause_reason varchar(250),
                paused_by    varchar(200),
                paused_at    bigint,
                CONSTRAINT pk_qrtz_paused_job_grps PRIMARY KEY (sched_name, job_group));

            -- Clustering: which instance fired what, which instances are alive, and the row locks they take turns with.
            CREATE TABLE qrtz_fired_triggers (
                sched_name        text NOT NULL,
                entry_id          text NOT NULL,
                trigger_name      text NOT NULL,
                trigger_group     text NOT NULL,
                instance_name     text NOT NULL,
                fired_time        bigint NOT NULL,
                sched_time        bigint NOT NULL,
                priority          integer NOT NULL,
                state             text NOT NULL,
                job_name          text,
                job_group         text,
                is_nonconcurrent  boolean NOT NULL,
                requests_recovery boolean,
                execution_group   varchar(200),
                progress          integer,
                progress_message  varchar(250),
                interrupt_requested_time bigint,
                CONSTRAINT pk_qrtz_fired_triggers PRIMARY KEY (sched_name, entry_id));

            CREATE TABLE qrtz_scheduler_state (
                sched_name        text NOT NULL,
                instance_name     text NOT NULL,
                last_checkin_time bigint NOT NULL,
                checkin_interval  bigint NOT NULL,
                quartz_version    varchar(20),
                CONSTRAINT pk_qrtz_scheduler_state PRIMARY KEY (sched_name, instance_name));

            CREATE TABLE qrtz_locks (
                sched_name text NOT NULL,
                lock_name  text NOT NULL,
                CONSTRAINT pk_qrtz_locks PRIMARY KEY (sched_name, lock_name));

            -- What the store looks up each time it acquires triggers or recovers a failed instance.
            CREATE INDEX ix_qrtz_triggers_volgende ON qrtz_triggers (sched_name, trigger_state, next_fire_time);
            CREATE INDEX ix_qrtz_triggers_job ON qrtz_triggers (sched_name, job_name, job_group);
            CREATE INDEX ix_qrtz_fired_instantie ON qrtz_fired_triggers (sched_name, instance_name);
            CREATE INDEX ix_qrtz_fired_trigger ON qrtz_fired_triggers (sched_name, trigger_name, trigger_group);
            CREATE INDEX ix_qrtz_fired_job ON qrtz_fired_triggers (sched_name, job_name, job_group);

            DO $$
            BEGIN
                IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'regie_app') THEN
                    GRANT SELECT, INSERT, UPDATE, DELETE ON qrtz_job_details, qrtz_triggers, qrtz_simple_triggers,
                        qrtz_cron_triggers, qrtz_simprop_triggers, qrtz_blob_triggers, qrtz_calendars,
                        qrtz_paused_trigger_grps, qrtz_paused_job_grps, qrtz_fired_triggers, qrtz_scheduler_state, qrtz_locks TO regie_app;
                END IF;
            END $$;
            """;

        public const string Weg = """
            DROP TABLE qrtz_fired_triggers, qrtz_paused_trigger_grps, qrtz_paused_job_grps, qrtz_scheduler_state, qrtz_locks,
                qrtz_simprop_triggers, qrtz_simple_triggers, qrtz_cron_triggers, qrtz_blob_triggers, qrtz_triggers,
                qrtz_job_details, qrtz_calendars;
            """;
    }
}
