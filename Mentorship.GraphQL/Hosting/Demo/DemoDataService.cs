using System.Globalization;
using Mentorship.Data;
using Mentorship.Data.Entities;
using Mentorship.GraphQL.Features.Pairings;
using Mentorship.GraphQL.Features.Scheduling;
using Mentorship.GraphQL.Rules;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.GraphQL.Hosting.Demo;

/// <summary>
/// A believable demo data set: mentors across many fields and time zones, each with a weekly availability in
/// their own zone, mentees with skills and goals, requests in every status, mentorships, active and ended, and
/// their sessions: completed (most of them rated), upcoming and cancelled. It is the same on every machine (a fixed random seed), its
/// times placed relative to the day it is seeded. Demo users have addresses at <see cref="EmailDomain"/> (mentor01…, mentee01…) and the
/// password <see cref="Password"/>; that domain is how a reset finds what to remove.
/// </summary>
public sealed partial class DemoDataService(MentorshipDbContext db, TimeProvider clock, ILogger<DemoDataService> logger)
{
    public const string EmailDomain = "demo.mentorship.local";
    public const string Password = "mentorship-demo";
    public const int MentorCount = 36;
    public const int MenteeCount = 36;

    /// <summary>Any fixed number: it makes the data set the same on every run.</summary>
    private const int RandomSeed = 20261124;

    /// <summary>Seeds unless demo users exist; with <paramref name="reset"/>, first removes every demo row. True when it seeded.</summary>
    public async Task<bool> SeedAsync(bool reset, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Two seeders started at once take turns, so the second sees the first one's users.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RandomSeed})", cancellationToken);
        if (reset)
        {
            await DeleteAsync(cancellationToken);
        }
        else if (await DemoUsers().AnyAsync(cancellationToken))
        {
            LogAlreadySeeded(logger, EmailDomain);
            return false;
        }

        var random = new Random(RandomSeed);
        var now = clock.GetUtcNow();
        var passwordHash = BCrypt.Net.BCrypt.HashPassword(Password, workFactor: 11);
        var mentors = Enumerable.Range(0, MentorCount).Select(i => Mentor(i, random, now, passwordHash)).ToList();
        var mentees = Enumerable.Range(0, MenteeCount).Select(i => Mentee(i, random, now, passwordHash)).ToList();
        db.Users.AddRange(mentors);
        db.Users.AddRange(mentees);
        var (requests, mentorships) = History(mentors, mentees, random, now);
        db.MentorshipRequests.AddRange(requests);
        db.Pairings.AddRange(mentorships);
        var availabilities = mentors.Select(m => Availability(m, random, now)).ToList();
        db.WeeklyAvailabilities.AddRange(availabilities);
        var sessions = Sessions(mentorships, availabilities, random, now);
        db.Sessions.AddRange(sessions);
        var feedback = Ratings(sessions, mentors, random, now);
        db.Feedback.AddRange(feedback);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        LogSeeded(logger, mentors.Count, mentees.Count, requests.Count, mentorships.Count, sessions.Count, feedback.Count, EmailDomain, Password);
        return true;
    }

    private IQueryable<User> DemoUsers() => db.Users.Where(u => u.NormalizedEmail.EndsWith("@" + EmailDomain));

    /// <summary>Removes demo users and every row that involves one; profiles, availability and refresh tokens go with their users.</summary>
    private async Task DeleteAsync(CancellationToken cancellationToken)
    {
        var demoIds = DemoUsers().Select(u => u.Id);
        await db.Feedback.Where(f => demoIds.Contains(f.MentorId) || demoIds.Contains(f.MenteeId)).ExecuteDeleteAsync(cancellationToken);
        await db.Sessions.Where(s => demoIds.Contains(s.MentorId) || demoIds.Contains(s.MenteeId)).ExecuteDeleteAsync(cancellationToken);
        await db.Pairings.Where(m => demoIds.Contains(m.MentorId) || demoIds.Contains(m.MenteeId)).ExecuteDeleteAsync(cancellationToken);
        await db.MentorshipRequests.Where(r => demoIds.Contains(r.MentorId) || demoIds.Contains(r.MenteeId)).ExecuteDeleteAsync(cancellationToken);
        await db.SignInThrottles.Where(t => t.NormalizedEmail.EndsWith("@" + EmailDomain)).ExecuteDeleteAsync(cancellationToken);
        await DemoUsers().ExecuteDeleteAsync(cancellationToken);
    }

    private static User Mentor(int i, Random random, DateTimeOffset now, string passwordHash)
    {
        var field = DemoCatalog.Fields[i % DemoCatalog.Fields.Length];
        var second = DemoCatalog.Fields[(i * 3 + 1) % DemoCatalog.Fields.Length];
        var skills = Pick(field.Skills, random.Next(3, 7), random).Concat(Pick(second.Skills, random.Next(1, 3), random));
        var years = random.Next(4, 25);
        var bio = $"{years} years in {field.Name.ToLowerInvariant()}. I enjoy helping people grow, " +
            $"especially in {string.Join(" and ", Pick(field.Skills, 2, random))}.";
        var name = $"{DemoCatalog.FirstNames[i % DemoCatalog.FirstNames.Length]} {DemoCatalog.LastNames[i * 7 % DemoCatalog.LastNames.Length]}";
        return NewUser(Role.Mentor, $"mentor{i + 1:00}", name, bio, skills, [], DemoCatalog.TimeZones[i % DemoCatalog.TimeZones.Length], random, now, passwordHash);
    }

    private static User Mentee(int i, Random random, DateTimeOffset now, string passwordHash)
    {
        var field = DemoCatalog.Fields[(i * 5 + 2) % DemoCatalog.Fields.Length];
        var skills = Pick(field.Skills, random.Next(1, 4), random);
        var goals = Pick(field.Goals, random.Next(1, 3), random);
        var name = $"{DemoCatalog.FirstNames[(i + 11) % DemoCatalog.FirstNames.Length]} {DemoCatalog.LastNames[(i * 5 + 3) % DemoCatalog.LastNames.Length]}";
        var zone = DemoCatalog.TimeZones[(i * 4 + 3) % DemoCatalog.TimeZones.Length];
        return NewUser(Role.Mentee, $"mentee{i + 1:00}", name, $"Learning {field.Name.ToLowerInvariant()}.", skills, goals, zone, random, now, passwordHash);
    }

    private static User NewUser(
        Role role, string login, string name, string bio, IEnumerable<string> skills, List<string> goals, string timeZone,
        Random random, DateTimeOffset now, string passwordHash)
    {
        var email = $"{login}@{EmailDomain}";
        var createdAt = now.AddDays(-random.Next(30, 365)).AddMinutes(-random.Next(0, 24 * 60));
        var (display, keys) = Skills.Distinct(skills);
        var id = Guid.CreateVersion7(createdAt);
        return new User
        {
            Id = id,
            Email = email,
            NormalizedEmail = email,
            PasswordHash = passwordHash,
            Role = role,
            CreatedAt = createdAt,
            SecurityStamp = Guid.NewGuid(),
            Profile = new Profile
            {
                UserId = id,
                DisplayName = name,
                Bio = bio,
                Skills = display,
                SkillKeys = keys,
                Goals = goals,
                TimeZone = timeZone,
                UpdatedAt = createdAt,
            },
        };
    }

    /// <summary>
    /// Mentee number i asks i mod 6 different mentors; the outcomes take turns, so every status and both
    /// kinds of mentorship occur, and nobody has more than five pending requests.
    /// </summary>
    private static (List<MentorshipRequest> Requests, List<Pairing> Mentorships) History(
        List<User> mentors, List<User> mentees, Random random, DateTimeOffset now)
    {
        var requests = new List<MentorshipRequest>();
        var mentorships = new List<Pairing>();
        for (var j = 0; j < mentees.Count; j++)
        {
            for (var t = 0; t < j % 6; t++)
            {
                var mentee = mentees[j];
                var mentor = mentors[(j * 5 + t * 7) % mentors.Count];
                var createdAt = now.AddDays(-random.Next(5, 26)).AddMinutes(-random.Next(0, 24 * 60));
                var respondedAt = createdAt.AddHours(random.Next(1, 72));
                var request = new MentorshipRequest
                {
                    Id = Guid.CreateVersion7(createdAt),
                    MenteeId = mentee.Id,
                    MentorId = mentor.Id,
                    Message = random.Next(4) == 0 ? null : DemoCatalog.Messages[random.Next(DemoCatalog.Messages.Length)],
                    Status = MentorshipRequestStatus.Pending,
                    CreatedAt = createdAt,
                };
                requests.Add(request);
                switch ((j + t) % 5)
                {
                    case 0:
                        break;
                    case 1:
                        mentorships.Add(Accept(request, respondedAt, endedAt: null));
                        break;
                    case 2:
                        Respond(request, MentorshipRequestStatus.Declined, mentor.Id, respondedAt);
                        request.DeclineReason = random.Next(2) == 0 ? null : DemoCatalog.DeclineReasons[random.Next(DemoCatalog.DeclineReasons.Length)];
                        break;
                    case 3:
                        Respond(request, MentorshipRequestStatus.Withdrawn, mentee.Id, respondedAt);
                        break;
                    default:
                        mentorships.Add(Accept(request, respondedAt, respondedAt + ((now - respondedAt) / 2), random.Next(2) == 0 ? mentee.Id : mentor.Id));
                        break;
                }
            }
        }

        return (requests, mentorships);
    }

    private static Pairing Accept(MentorshipRequest request, DateTimeOffset respondedAt, DateTimeOffset? endedAt, Guid? endedBy = null)
    {
        Respond(request, MentorshipRequestStatus.Accepted, request.MentorId, respondedAt);
        request.MentorshipEndedAt = endedAt;
        return new Pairing
        {
            Id = Guid.CreateVersion7(respondedAt),
            MentorId = request.MentorId,
            MenteeId = request.MenteeId,
            RequestId = request.Id,
            Status = endedAt is null ? MentorshipStatus.Active : MentorshipStatus.Ended,
            StartedAt = respondedAt,
            EndedAt = endedAt,
            EndedById = endedAt is null ? null : endedBy,
        };
    }

    /// <summary>A weekly schedule in the mentor's own zone: one stretch of the day on three to five weekdays, some with an evening too.</summary>
    private static WeeklyAvailability Availability(User mentor, Random random, DateTimeOffset now)
    {
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];
        var blocks = new List<AvailabilityBlock>();
        foreach (var day in weekdays.OrderBy(_ => random.Next()).Take(random.Next(3, 6)).Order())
        {
            var parts = new List<(string Start, string End)> { DemoCatalog.DayParts[random.Next(DemoCatalog.DayParts.Length)] };
            if (random.Next(3) == 0)
            {
                parts.Add(DemoCatalog.Evening);
            }

            blocks.AddRange(parts.Select(part => new AvailabilityBlock
            {
                Id = Guid.CreateVersion7(now),
                MentorId = mentor.Id,
                DayOfWeek = day,
                StartTime = TimeOnly.Parse(part.Start, CultureInfo.InvariantCulture),
                EndTime = TimeOnly.Parse(part.End, CultureInfo.InvariantCulture),
            }));
        }

        return new WeeklyAvailability { MentorId = mentor.Id, TimeZone = mentor.Profile.TimeZone!, UpdatedAt = mentor.CreatedAt, Blocks = blocks };
    }

    /// <summary>
    /// Sessions of each mentorship, on its mentor's slots as <see cref="SlotCalculator"/> offers them, so neither party
    /// is ever double-booked: up to three completed ones while it ran, two upcoming ones while it runs (every third
    /// mentorship has the mentee cancel the second), and for an ended one the session its ending cancelled. Windows
    /// are whole UTC days, so seeding twice on one day places the same number of sessions.
    /// </summary>
    private static List<Session> Sessions(List<Pairing> mentorships, List<WeeklyAvailability> availabilities, Random random, DateTimeOffset now)
    {
        var schedules = availabilities.ToDictionary(a => a.MentorId, WeeklySchedule.From);
        var booked = new Dictionary<Guid, List<BookedTime>>();
        var sessions = new List<Session>();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        for (var k = 0; k < mentorships.Count; k++)
        {
            var mentorship = mentorships[k];
            var minutes = DemoCatalog.SessionMinutes[random.Next(DemoCatalog.SessionMinutes.Length)];
            var runUntil = mentorship.EndedAt ?? now;
            var pastFrom = new DateTimeOffset(mentorship.StartedAt.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
            foreach (var slot in Spread(Slots(mentorship, pastFrom, new DateTimeOffset(runUntil.UtcDateTime.Date, TimeSpan.Zero), minutes), 3, random))
            {
                sessions.Add(Book(mentorship, slot, createdAt: Later(mentorship.StartedAt, slot.StartsAt.AddDays(-3))));
            }

            if (mentorship.EndedAt is { } endedAt)
            {
                var endedDay = new DateTimeOffset(endedAt.UtcDateTime.Date, TimeSpan.Zero);
                if (Spread(Slots(mentorship, endedDay.AddDays(1), endedDay.AddDays(8), minutes, book: false), 1, random) is [var cut])
                {
                    var session = Book(mentorship, cut, createdAt: Later(mentorship.StartedAt, endedAt.AddDays(-2)));
                    Cancel(session, mentorship.EndedById!.Value, endedAt, PairingService.EndedSessionReason);
                    Release(session);
                    sessions.Add(session);
                }

                continue;
            }

            var upcoming = Spread(Slots(mentorship, today.AddDays(2), today.AddDays(16), minutes), 2, random)
                .Select(slot => Book(mentorship, slot, createdAt: Later(mentorship.StartedAt, now.AddDays(-1))))
                .ToList();
            if (k % 3 == 0 && upcoming.Count == 2)
            {
                var reason = DemoCatalog.CancellationReasons[random.Next(DemoCatalog.CancellationReasons.Length)];
                Cancel(upcoming[1], mentorship.MenteeId, now.AddHours(-random.Next(1, 20)), reason);
                Release(upcoming[1]);
            }

            sessions.AddRange(upcoming);
        }

        return sessions;

        // The mentor's slots in a window; to book, clear of both parties' sessions so far.
        IReadOnlyList<Slot> Slots(Pairing pair, DateTimeOffset from, DateTimeOffset to, int length, bool book = true)
        {
            if (to <= from)
            {
                return [];
            }

            IEnumerable<BookedTime> taken = book ? [.. Taken(pair.MentorId), .. Taken(pair.MenteeId)] : [];
            return SlotCalculator.AvailableSlots(schedules[pair.MentorId], taken, from, to, length, from - SessionLimits.MinimumLeadTime);
        }

        Session Book(Pairing pair, Slot slot, DateTimeOffset createdAt)
        {
            var session = new Session
            {
                Id = Guid.CreateVersion7(createdAt),
                MentorId = pair.MentorId,
                MenteeId = pair.MenteeId,
                MentorshipId = pair.Id,
                StartsAt = slot.StartsAt,
                EndsAt = slot.EndsAt,
                Status = SessionStatus.Scheduled,
                Agenda = random.Next(4) == 0 ? null : DemoCatalog.Agendas[random.Next(DemoCatalog.Agendas.Length)],
                CreatedAt = createdAt,
            };
            Taken(session.MentorId).Add(new BookedTime(session.StartsAt, session.EndsAt));
            Taken(session.MenteeId).Add(new BookedTime(session.StartsAt, session.EndsAt));
            return session;
        }

        void Release(Session session)
        {
            Taken(session.MentorId).Remove(new BookedTime(session.StartsAt, session.EndsAt));
            Taken(session.MenteeId).Remove(new BookedTime(session.StartsAt, session.EndsAt));
        }

        List<BookedTime> Taken(Guid userId) => booked.TryGetValue(userId, out var times) ? times : booked[userId] = [];
    }

    /// <summary>
    /// Feedback on about three in four completed sessions (scheduled and ended), mostly good, some with a comment, some
    /// naming their mentee; each added to its mentor's rating aggregates, as <c>submitFeedback</c> does.
    /// </summary>
    private static List<Feedback> Ratings(List<Session> sessions, List<User> mentors, Random random, DateTimeOffset now)
    {
        var profiles = mentors.ToDictionary(m => m.Id, m => m.Profile);
        var feedback = new List<Feedback>();
        foreach (var session in sessions.Where(s => s.Status == SessionStatus.Scheduled && s.EndsAt <= now).OrderBy(s => s.StartsAt))
        {
            if (random.Next(4) == 0)
            {
                continue;
            }

            var createdAt = session.EndsAt.AddMinutes(random.Next(10, 48 * 60));
            var rating = DemoCatalog.Ratings[random.Next(DemoCatalog.Ratings.Length)];
            feedback.Add(new Feedback
            {
                Id = Guid.CreateVersion7(createdAt),
                SessionId = session.Id,
                MentorId = session.MentorId,
                MenteeId = session.MenteeId,
                Rating = rating,
                Comment = random.Next(3) == 0 ? null : DemoCatalog.FeedbackComments[rating][random.Next(DemoCatalog.FeedbackComments[rating].Length)],
                ShowMenteeName = random.Next(3) == 0,
                CreatedAt = createdAt < now ? createdAt : now,
            });
            profiles[session.MentorId].RatingCount++;
            profiles[session.MentorId].RatingSum += rating;
        }

        return feedback;
    }

    /// <summary>Up to <paramref name="count"/> of the slots, starting near the first and at least three days apart.</summary>
    private static List<Slot> Spread(IReadOnlyList<Slot> slots, int count, Random random)
    {
        var picked = new List<Slot>();
        var next = slots.Count == 0 ? 0 : random.Next(Math.Min(slots.Count, 8));
        while (picked.Count < count && next < slots.Count)
        {
            picked.Add(slots[next]);
            var after = slots[next].StartsAt.AddDays(3);
            while (next < slots.Count && slots[next].StartsAt < after)
            {
                next++;
            }
        }

        return picked;
    }

    private static void Cancel(Session session, Guid by, DateTimeOffset at, string reason)
    {
        session.Status = SessionStatus.Cancelled;
        session.CancelledAt = at;
        session.CancelledById = by;
        session.CancellationReason = reason;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static void Respond(MentorshipRequest request, MentorshipRequestStatus status, Guid by, DateTimeOffset at)
    {
        request.Status = status;
        request.RespondedAt = at;
        request.RespondedById = by;
    }

    private static List<string> Pick(string[] items, int count, Random random) =>
        [.. items.OrderBy(_ => random.Next()).Take(count)];

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is already there (users at @{Domain}); nothing seeded. Use `seed --reset` to seed again.")]
    private static partial void LogAlreadySeeded(ILogger logger, string domain);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Seeded demo data: {Mentors} mentors with their weekly availability, {Mentees} mentees, {Requests} requests, {Mentorships} mentorships, " +
                  "{Sessions} sessions, {Feedback} ratings. Sign in as mentor01@{Domain} or mentee01@{Domain} (up to 36) with the password {Password}.")]
    private static partial void LogSeeded(
        ILogger logger, int mentors, int mentees, int requests, int mentorships, int sessions, int feedback, string domain, string password);
}
