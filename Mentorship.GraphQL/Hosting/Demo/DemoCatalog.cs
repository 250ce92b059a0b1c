namespace Mentorship.GraphQL.Hosting.Demo;

/// <summary>The raw material of the demo data set: names, fields of expertise with their skills, zones and goals.</summary>
internal static class DemoCatalog
{
    public static readonly string[] FirstNames =
    [
        "Amara", "Bjorn", "Chen", "Daniela", "Emeka", "Farah", "Gustavo", "Hana", "Ibrahim", "Jana", "Kenji", "Leila",
        "Mateo", "Nadia", "Oluwaseun", "Priya", "Quentin", "Rosa", "Sanjay", "Tamar", "Uma", "Viktor", "Wei", "Ximena",
        "Yusuf", "Zofia", "Anders", "Beatriz", "Dmitri", "Elif", "Fatima", "Giulia", "Hiroshi", "Ines", "Jonas", "Kavya",
    ];

    public static readonly string[] LastNames =
    [
        "Okafor", "Lindqvist", "Wang", "Moreno", "Eze", "Haddad", "Pereira", "Sato", "Rahman", "Novak", "Tanaka", "Karimi",
        "Rossi", "Petrova", "Adeyemi", "Iyer", "Dubois", "Alvarez", "Mehta", "Levi", "Nair", "Horvath", "Zhang", "Castillo",
        "Demir", "Kowalski", "Berg", "Costa", "Volkov", "Yilmaz", "Mansour", "Bianchi", "Kato", "Ferreira", "Weber", "Reddy",
    ];

    public static readonly string[] TimeZones =
    [
        "Europe/Berlin", "Europe/London", "Europe/Madrid", "Europe/Warsaw", "Europe/Istanbul", "Africa/Lagos", "Africa/Nairobi",
        "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Asia/Dubai", "Australia/Sydney", "Pacific/Auckland", "America/New_York",
        "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo", "America/Mexico_City", "America/Toronto", "UTC",
    ];

    public static readonly DemoField[] Fields =
    [
        new("Backend engineering",
            ["C#", ".NET", "ASP.NET Core", "PostgreSQL", "Go", "Java", "Kotlin", "Rust", "Node.js", "System Design", "Microservices", "GraphQL"],
            ["Land my first backend job", "Get better at System Design", "Learn Rust for services", "Understand PostgreSQL performance"]),
        new("Frontend development",
            ["React", "TypeScript", "JavaScript", "CSS", "Accessibility", "Next.js", "Vue", "Web Performance", "GraphQL"],
            ["Build a portfolio site with React", "Write accessible interfaces", "Move from JavaScript to TypeScript"]),
        new("Data and machine learning",
            ["Python", "Machine Learning", "Data Engineering", "SQL", "Statistics", "Pandas", "Spark", "MLOps", "Deep Learning"],
            ["Switch careers into Machine Learning", "Get comfortable with Statistics", "Build data pipelines with Spark"]),
        new("Cloud and platform engineering",
            ["Kubernetes", "Docker", "Terraform", "AWS", "Azure", "CI/CD", "Observability", "Linux", "Site Reliability"],
            ["Run Kubernetes in production", "Pass an AWS certification", "Set up CI/CD for my team"]),
        new("Mobile apps",
            ["Swift", "iOS", "Kotlin", "Android", "Flutter", "React Native", "App Store Optimization"],
            ["Ship my first iOS app", "Learn Flutter", "Publish an Android app"]),
        new("Product and design",
            ["Product Management", "UX Design", "Figma", "User Research", "Roadmapping", "Product Analytics"],
            ["Move into Product Management", "Run my first User Research study", "Improve my UX Design portfolio"]),
        new("Careers and leadership",
            ["Career Growth", "Leadership", "Engineering Management", "Public Speaking", "Interviewing", "Mentoring", "Negotiation"],
            ["Prepare for senior engineer interviews", "Become an engineering manager", "Get better at Public Speaking", "Negotiate my salary"]),
        new("Security",
            ["Application Security", "OAuth", "Threat Modeling", "Cryptography", "Penetration Testing", "Security"],
            ["Learn Threat Modeling", "Understand OAuth properly", "Start a career in Security"]),
    ];

    public static readonly string[] Messages =
    [
        "Hi! I loved your talk and would really value your guidance.",
        "I'm changing careers and your background is exactly where I want to go.",
        "Could we meet every other week for a few months?",
        "I'm stuck on a project and would appreciate an experienced eye.",
        "Your profile matches my goals closely. Would you have time for me?",
    ];

    public static readonly string[] DeclineReasons =
    [
        "My schedule is full this quarter, sorry!",
        "I think another mentor would fit your goals better.",
        "I'm taking a break from mentoring for a while.",
    ];

    /// <summary>Stretches of a working day a mentor offers, as (start, end) wall-clock times; one per chosen day.</summary>
    public static readonly (string Start, string End)[] DayParts =
    [
        ("08:00", "11:00"), ("09:00", "12:30"), ("10:00", "13:00"), ("13:00", "16:00"), ("14:00", "17:30"),
    ];

    /// <summary>An evening stretch some mentors add after their day part.</summary>
    public static readonly (string Start, string End) Evening = ("18:00", "20:00");

    public static readonly int[] SessionMinutes = [30, 45, 60, 90];

    public static readonly string[] Agendas =
    [
        "Review my CV and portfolio.",
        "Walk through a system design question together.",
        "Talk about how to grow into a senior role.",
        "Go over the feedback from my last interview.",
        "Plan the next steps of my learning path.",
    ];

    public static readonly string[] CancellationReasons =
    [
        "Something came up at work, sorry!",
        "I'm travelling that week.",
        "Feeling unwell; let's find another time.",
    ];

    /// <summary>Ratings to draw from: mostly good, as on a platform people stay on.</summary>
    public static readonly short[] Ratings = [5, 5, 5, 5, 5, 4, 4, 4, 3, 2, 1];

    /// <summary>Comments by rating (index 1 to 5).</summary>
    public static readonly string[][] FeedbackComments =
    [
        [],
        ["Not what I needed, unfortunately."],
        ["We ran out of time before getting to my questions.", "Some useful pointers, but it felt rushed."],
        ["Solid session; a few good resources to follow up on.", "Helpful, though I would have liked more concrete examples."],
        ["Very helpful: I left with a clear plan for the next weeks.", "Great questions that made me rethink my approach.", "Practical advice I could use the same day."],
        ["Outstanding. Patient, sharp and genuinely encouraging.", "Exactly the guidance I was looking for. Thank you!", "Best hour I have spent on my career this year."],
    ];
}
