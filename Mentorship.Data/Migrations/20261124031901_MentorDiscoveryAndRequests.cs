using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Data.Migrations
{
    /// <inheritdoc />
    public partial class MentorDiscoveryAndRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.AddColumn<int>(
                name: "rating_count",
                table: "profiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "rating_sum",
                table: "profiles",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<List<string>>(
                name: "skill_keys",
                table: "profiles",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            // Keys of skills written before keys existed: lower-cased, inner whitespace collapsed.
            migrationBuilder.Sql(
                "UPDATE profiles SET skill_keys = ARRAY(SELECT lower(regexp_replace(btrim(s), '\\s+', ' ', 'g')) FROM unnest(skills) AS s);");
            migrationBuilder.Sql("ALTER TABLE profiles ALTER COLUMN skill_keys DROP DEFAULT;");

            // Generated columns need an IMMUTABLE expression; array_to_string is only STABLE in general,
            // but over text[] its result depends on nothing but the input.
            migrationBuilder.Sql("""
                CREATE FUNCTION profile_search_text(display_name text, bio text, skills text[]) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT display_name || E'\n' || coalesce(bio, '') || E'\n' || array_to_string(skills, E'\n') $$;
                """);

            migrationBuilder.AddColumn<double>(
                name: "rating_average",
                table: "profiles",
                type: "double precision",
                nullable: true,
                computedColumnSql: "CASE WHEN rating_count > 0 THEN rating_sum::double precision / rating_count END",
                stored: true);

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "profiles",
                type: "text",
                nullable: false,
                computedColumnSql: "profile_search_text(display_name, bio, skills)",
                stored: true);

            migrationBuilder.CreateTable(
                name: "mentorship_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    responded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decline_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    mentorship_ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentorship_requests", x => x.id);
                    table.CheckConstraint("ck_mentorship_requests_decline_reason", "decline_reason IS NULL OR status = 'Declined'");
                    table.CheckConstraint("ck_mentorship_requests_mentorship_ended", "mentorship_ended_at IS NULL OR status = 'Accepted'");
                    table.CheckConstraint("ck_mentorship_requests_not_self", "mentee_id <> mentor_id");
                    table.CheckConstraint("ck_mentorship_requests_responded", "(status = 'Pending') = (responded_at IS NULL) AND (responded_at IS NULL) = (responded_by_id IS NULL)");
                    table.CheckConstraint("ck_mentorship_requests_status", "status IN ('Pending', 'Accepted', 'Declined', 'Withdrawn')");
                    table.ForeignKey(
                        name: "fk_mentorship_requests_users_mentee_id",
                        column: x => x.mentee_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_mentorship_requests_users_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_mentorship_requests_users_responded_by_id",
                        column: x => x.responded_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "mentorships",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mentee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_by_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mentorships", x => x.id);
                    table.CheckConstraint("ck_mentorships_ended", "(status = 'Ended') = (ended_at IS NOT NULL) AND (ended_at IS NULL) = (ended_by_id IS NULL)");
                    table.CheckConstraint("ck_mentorships_not_self", "mentee_id <> mentor_id");
                    table.CheckConstraint("ck_mentorships_status", "status IN ('Active', 'Ended')");
                    table.ForeignKey(
                        name: "fk_mentorships_mentorship_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "mentorship_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_mentorships_users_ended_by_id",
                        column: x => x.ended_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_mentorships_users_mentee_id",
                        column: x => x.mentee_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_mentorships_users_mentor_id",
                        column: x => x.mentor_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_users_created_at_id",
                table: "users",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_profiles_display_name_user_id",
                table: "profiles",
                columns: new[] { "display_name", "user_id" });

            // The RATING order of mentor discovery, walked in index order: unrated mentors (no average) sort as 0.
            migrationBuilder.Sql(
                "CREATE INDEX ix_profiles_rating_order ON profiles ((COALESCE(rating_average, 0.0)) DESC, rating_count DESC, display_name, user_id);");

            migrationBuilder.CreateIndex(
                name: "ix_profiles_search_text",
                table: "profiles",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_profiles_skill_keys",
                table: "profiles",
                column: "skill_keys")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.AddCheckConstraint(
                name: "ck_profiles_goals_count",
                table: "profiles",
                sql: "cardinality(goals) <= 10");

            migrationBuilder.AddCheckConstraint(
                name: "ck_profiles_rating",
                table: "profiles",
                sql: "rating_count >= 0 AND rating_sum BETWEEN rating_count AND 5 * rating_count");

            migrationBuilder.AddCheckConstraint(
                name: "ck_profiles_skill_keys",
                table: "profiles",
                sql: "cardinality(skill_keys) = cardinality(skills)");

            migrationBuilder.AddCheckConstraint(
                name: "ck_profiles_skills_count",
                table: "profiles",
                sql: "cardinality(skills) <= 30");

            migrationBuilder.CreateIndex(
                name: "ix_mentorship_requests_mentee_id_created_at_id",
                table: "mentorship_requests",
                columns: new[] { "mentee_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_mentorship_requests_mentor_id_created_at_id",
                table: "mentorship_requests",
                columns: new[] { "mentor_id", "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_mentorship_requests_responded_by_id",
                table: "mentorship_requests",
                column: "responded_by_id");

            migrationBuilder.CreateIndex(
                name: "ux_mentorship_requests_open_pair",
                table: "mentorship_requests",
                columns: new[] { "mentee_id", "mentor_id" },
                unique: true,
                filter: "status = 'Pending' OR (status = 'Accepted' AND mentorship_ended_at IS NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_mentorships_ended_by_id",
                table: "mentorships",
                column: "ended_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentorships_mentee_id",
                table: "mentorships",
                column: "mentee_id");

            migrationBuilder.CreateIndex(
                name: "ix_mentorships_request_id",
                table: "mentorships",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_mentorships_active_pair",
                table: "mentorships",
                columns: new[] { "mentor_id", "mentee_id" },
                unique: true,
                filter: "status = 'Active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mentorships");

            migrationBuilder.DropTable(
                name: "mentorship_requests");

            migrationBuilder.DropIndex(
                name: "ix_users_created_at_id",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_profiles_display_name_user_id",
                table: "profiles");

            migrationBuilder.Sql("DROP INDEX ix_profiles_rating_order;");

            migrationBuilder.DropIndex(
                name: "ix_profiles_search_text",
                table: "profiles");

            migrationBuilder.DropIndex(
                name: "ix_profiles_skill_keys",
                table: "profiles");

            migrationBuilder.DropCheckConstraint(
                name: "ck_profiles_goals_count",
                table: "profiles");

            migrationBuilder.DropCheckConstraint(
                name: "ck_profiles_rating",
                table: "profiles");

            migrationBuilder.DropCheckConstraint(
                name: "ck_profiles_skill_keys",
                table: "profiles");

            migrationBuilder.DropCheckConstraint(
                name: "ck_profiles_skills_count",
                table: "profiles");

            migrationBuilder.DropColumn(
                name: "rating_average",
                table: "profiles");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "profiles");

            migrationBuilder.DropColumn(
                name: "rating_count",
                table: "profiles");

            migrationBuilder.DropColumn(
                name: "rating_sum",
                table: "profiles");

            migrationBuilder.DropColumn(
                name: "skill_keys",
                table: "profiles");

            migrationBuilder.Sql("DROP FUNCTION profile_search_text(text, text, text[]);");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
