using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mentorship.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignInThrottleByAddress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_sign_in_throttles",
                table: "sign_in_throttles");

            migrationBuilder.AddColumn<string>(
                name: "client_address",
                table: "sign_in_throttles",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "pk_sign_in_throttles",
                table: "sign_in_throttles",
                columns: new[] { "normalized_email", "client_address" });

            migrationBuilder.CreateTable(
                name: "sign_in_account_throttles",
                columns: table => new
                {
                    normalized_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    window_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    failure_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_account_throttles", x => x.normalized_email);
                });

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_throttles_last_failure_at",
                table: "sign_in_throttles",
                column: "last_failure_at");

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_account_throttles_window_started_at",
                table: "sign_in_account_throttles",
                column: "window_started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_account_throttles");

            migrationBuilder.DropPrimaryKey(
                name: "pk_sign_in_throttles",
                table: "sign_in_throttles");

            migrationBuilder.DropIndex(
                name: "ix_sign_in_throttles_last_failure_at",
                table: "sign_in_throttles");

            migrationBuilder.DropColumn(
                name: "client_address",
                table: "sign_in_throttles");

            migrationBuilder.AddPrimaryKey(
                name: "pk_sign_in_throttles",
                table: "sign_in_throttles",
                column: "normalized_email");
        }
    }
}
