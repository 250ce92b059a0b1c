using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Data.Migrations
{
    /// <inheritdoc />
    public partial class SchedulingFeedbackAdministration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddUniqueConstraint(
                name: "ak_mentorships_id_mentor_id_mentee_id",
                table: "mentorships",
                columns: new[] { "id", "mentor_id", "mentee_id" });

            migrationBuilder.CreateTable(
                name: "audit_log_entries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    details = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log_entries", x => x.id);
                    table.CheckConstraint("ck_audit_log_entries_action", "action IN ('ChangeUserRole', 'DeactivateUser', 'ReactivateUser')");
                    table.ForeignKey(
                        name: "fk_audit_log_entries_users_actor_id",
                        column: x => x.actor_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentorship_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    agenda = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cancellation_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.CheckConstraint("ck_sessions_cancellation_reason", "cancellation_reason IS NULL OR status = 'Cancelled'");
                    table.CheckConstraint("ck_sessions_cancelled", "(status = 'Cancelled') = (cancelled_at IS NOT NULL) AND (cancelled_at IS NULL) = (cancelled_by_id IS NULL)");
                    table.CheckConstraint("ck_sessions_duration", "ends_at - starts_at BETWEEN interval '15 minutes' AND interval '180 minutes'");
                    table.CheckConstraint("ck_sessions_not_self", "mentee_id <> mentor_id");
                    table.CheckConstraint("ck_sessions_order", "ends_at > starts_at");
                    table.CheckConstraint("ck_sessions_status", "status IN ('Scheduled', 'Cancelled')");
                    table.ForeignKey(
                        name: "fk_sessions_mentorships_mentorship_id_mentor_id_mentee_id",
                        columns: x => new { x.mentorship_id, x.mentor_id, x.mentee_id },
                        principalTable: "mentorships",
                        principalColumns: new[] { "id", "mentor_id", "mentee_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sessions_users_cancelled_by_id",
                        column: x => x.cancelled_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sessions_users_mentee_id",
                        column: x => x.mentee_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_sessions_users_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "weekly_availabilities",
                columns: table => new
                {
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_weekly_availabilities", x => x.mentor_id);
                    table.CheckConstraint("ck_weekly_availabilities_time_zone", "time_zone <> ''");
                    table.ForeignKey(
                        name: "fk_weekly_availabilities_users_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rating = table.Column<short>(type: "smallint", nullable: false),
                    comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    show_mentee_name = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback", x => x.id);
                    table.CheckConstraint("ck_feedback_not_self", "mentee_id <> mentor_id");
                    table.CheckConstraint("ck_feedback_rating", "rating BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_feedback_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_feedback_users_mentee_id",
                        column: x => x.mentee_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_feedback_users_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "availability_blocks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day_of_week = table.Column<short>(type: "smallint", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_availability_blocks", x => x.id);
                    table.CheckConstraint("ck_availability_blocks_day_of_week", "day_of_week BETWEEN 1 AND 7");
                    table.CheckConstraint("ck_availability_blocks_grid", "mod(extract(epoch FROM start_time), 900) = 0 AND mod(extract(epoch FROM end_time), 900) = 0");
                    table.CheckConstraint("ck_availability_blocks_order", "start_time < end_time OR end_time = '00:00'");
                    table.ForeignKey(
                        name: "fk_availability_blocks_weekly_availabilities_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "weekly_availabilities",
                        principalColumn: "mentor_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_email_trgm",
                table: "users",
                column: "normalized_email")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entries_actor_id",
                table: "audit_log_entries",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_entries_created_at_id",
                table: "audit_log_entries",
                columns: new[] { "created_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_availability_blocks_mentor_id",
                table: "availability_blocks",
                column: "mentor_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_mentee_id",
                table: "feedback",
                column: "mentee_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_mentor_id_created_at_id",
                table: "feedback",
                columns: new[] { "mentor_id", "created_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ux_feedback_session_id",
                table: "feedback",
                column: "session_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_cancelled_by_id",
                table: "sessions",
                column: "cancelled_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_mentee_id_starts_at_id",
                table: "sessions",
                columns: new[] { "mentee_id", "starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_mentor_id_starts_at_id",
                table: "sessions",
                columns: new[] { "mentor_id", "starts_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_sessions_mentorship_id_mentor_id_mentee_id",
                table: "sessions",
                columns: new[] { "mentorship_id", "mentor_id", "mentee_id" });

            // EF Core cannot model exclusion constraints. Two scheduled sessions of one mentor, or of one mentee, never
            // overlap; tstzrange's default bounds '[)' let a session end exactly when the next one starts. Concurrent
            // bookings of one slot serialise on the GiST index: one commits, the others fail with 23P01.
            migrationBuilder.Sql("""
                ALTER TABLE sessions ADD CONSTRAINT ex_sessions_mentor_overlap
                    EXCLUDE USING gist (mentor_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'Scheduled');
                ALTER TABLE sessions ADD CONSTRAINT ex_sessions_mentee_overlap
                    EXCLUDE USING gist (mentee_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'Scheduled');
                """);

            // Blocks of one mentor and day never overlap, compared as minute-of-day ranges (an end of 00:00 is minute
            // 1440). Deferred to commit, so a schedule can be replaced by deletes and inserts in any order.
            migrationBuilder.Sql("""
                ALTER TABLE availability_blocks ADD CONSTRAINT ex_availability_blocks_overlap
                    EXCLUDE USING gist (
                        mentor_id WITH =,
                        day_of_week WITH =,
                        int4range(
                            (extract(epoch FROM start_time) / 60)::int,
                            CASE WHEN end_time = '00:00' THEN 1440 ELSE (extract(epoch FROM end_time) / 60)::int END) WITH &&)
                    DEFERRABLE INITIALLY DEFERRED;
                """);

            // The audit log is append-only: a statement-level trigger refuses UPDATE, DELETE and TRUNCATE outright,
            // whether or not rows match. (A superuser can still disable it; it guards against the application and
            // mistakes, not against the database's owner.)
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_log_entries_append_only() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit_log_entries is append-only: % is not allowed', TG_OP;
                END
                $$;
                CREATE TRIGGER audit_log_entries_append_only
                    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log_entries
                    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_entries_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_log_entries");

            migrationBuilder.DropTable(
                name: "availability_blocks");

            migrationBuilder.DropTable(
                name: "feedback");

            migrationBuilder.DropTable(
                name: "weekly_availabilities");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.Sql("DROP FUNCTION audit_log_entries_append_only();");

            migrationBuilder.DropIndex(
                name: "ix_users_normalized_email_trgm",
                table: "users");

            migrationBuilder.DropUniqueConstraint(
                name: "ak_mentorships_id_mentor_id_mentee_id",
                table: "mentorships");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
