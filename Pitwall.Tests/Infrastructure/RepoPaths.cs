namespace Pitwall.Tests.Infrastructure;

/// <summary>Folders of the working copy the tests run in (shared with e2e, which links this file).</summary>
public static class RepoPaths
{
    /// <summary>The working copy: the folder above the test binaries that holds pitwall.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Where `make test` publishes the app (the same output the Docker image runs).</summary>
    public static string PublishedApp => Path.Combine(Root, "publish", "web");

    /// <summary>The earlier tool's schema as read from its catalog: ../shared/legacy beside the working copy.</summary>
    public static string SharedLegacy => Path.GetFullPath(Path.Combine(Root, "..", "shared", "legacy"));

    public static string Results => Directory.CreateDirectory(Path.Combine(Root, "e2e", "test-results")).FullName;

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "pitwall.sln"))) return dir.FullName;
        throw new InvalidOperationException("pitwall.sln not found above " + AppContext.BaseDirectory);
    }
}
