using Snapshooter;
using Snapshooter.Core;
using Snapshooter.Core.Serialization;
using Snapshooter.Exceptions;
using Snapshooter.Xunit;

namespace Mentorship.Tests.Infrastructure;

/// <summary>
/// Snapshooter's match against a file committed at the repository root, such as <c>schema.graphql</c>.
/// <c>Snapshot.Match</c> keeps every snapshot under a <c>__snapshots__</c> folder, writes a missing one (with a
/// byte order mark) and passes, and leaves a <c>__mismatch__</c> folder beside it on failure. Here Snapshooter's
/// own serializer, comparer and xunit assertion run against the committed file through a file handler that only
/// reads it: a missing file fails, and the file stays exactly what its generator wrote.
/// </summary>
internal static class CommittedFileSnapshot
{
    /// <summary>Fails unless <paramref name="current"/> matches the committed file (line endings aside).</summary>
    public static void Match(string current, string fileName)
    {
        var serializer = new SnapshotSerializer(new GlobalSnapshotSettingsResolver());
        var files = new ReadOnlyFileHandler();
        var snapshooter = new SnapshotAssert(
            serializer,
            files,
            new SnapshotEnvironmentCleaner(files),
            new JsonSnapshotComparer(new XunitAssert(), serializer),
            new JsonSnapshotFormatter(serializer));
        snapshooter.AssertSnapshot(current, new SnapshotFullName(fileName, RepositoryRoot.Path), new MatchOptions());
    }

    /// <summary>Reads <c>folder/file</c> as it is; writes and deletes nothing.</summary>
    private sealed class ReadOnlyFileHandler : ISnapshotFileHandler
    {
        public bool TryReadSnapshot(SnapshotFullName snapshotFullName, out string snapshotData)
        {
            var path = PathOf(snapshotFullName);
            var exists = File.Exists(path);
            // As in Snapshooter's own handler, a missing file reads as null: the caller then takes the current value as
            // the snapshot and asks to save it (SaveNewSnapshot), which fails here.
            snapshotData = exists ? File.ReadAllText(path) : null!;
            return exists;
        }

        public string ReadSnapshot(SnapshotFullName snapshotFullName) =>
            TryReadSnapshot(snapshotFullName, out var snapshotData) ? snapshotData : throw Missing(snapshotFullName);

        /// <summary>Snapshooter saves a snapshot it did not find; a committed file that is missing is a failure instead.</summary>
        public string SaveNewSnapshot(SnapshotFullName snapshotFullName, string snapshotData) => throw Missing(snapshotFullName);

        /// <summary>The failure carries the difference; nothing is written into the checkout.</summary>
        public string SaveMismatchSnapshot(SnapshotFullName snapshotFullName, string snapshotData) => PathOf(snapshotFullName);

        public void DeleteSnapshot(SnapshotFullName snapshotFullName)
        {
        }

        public void DeleteSnapshotSubfolder(SnapshotFullName snapshotFullName, string subfolderName)
        {
        }

        private static string PathOf(SnapshotFullName snapshotFullName) => Path.Combine(snapshotFullName.FolderPath, snapshotFullName.Filename);

        private static SnapshotNotFoundException Missing(SnapshotFullName snapshotFullName) =>
            new($"{PathOf(snapshotFullName)} does not exist.");
    }
}
