namespace Mentorship.Data;

/// <summary>The sizes a profile may reach: the service reports breaches by field, and the schema holds them too.</summary>
public static class ProfileLimits
{
    public const int DisplayNameLength = 100;
    public const int BioLength = 1000;
    public const int Skills = 30;
    public const int SkillLength = 40;
    public const int Goals = 10;
    public const int GoalLength = 200;
    public const int TimeZoneLength = 64;
}
