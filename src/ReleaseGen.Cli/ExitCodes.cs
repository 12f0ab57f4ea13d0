namespace ReleaseGen.Cli;

/// <summary>Exit codes every command shares, so CI can tell bad data from a bad command line.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Errors in data or templates (reported as path(line,col): error CODE: message).</summary>
    public const int DataErrors = 1;

    /// <summary>Wrong usage: an unknown option, a format that does not exist.</summary>
    public const int Usage = 2;
}
