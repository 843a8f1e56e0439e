namespace Bot.Storage;

/// <summary>
/// The schema, one step per version. A database records its version in <c>PRAGMA user_version</c>;
/// steps are only ever appended, so any older file upgrades in place and keeps its data.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        """
        CREATE TABLE subscriptions (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            chat_id TEXT NOT NULL,
            schedule TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            from_configuration INTEGER NOT NULL,
            active INTEGER NOT NULL,
            since_ms INTEGER NOT NULL,
            UNIQUE (platform, chat_id)
        );
        CREATE TABLE digest_log (
            subscription_id INTEGER NOT NULL REFERENCES subscriptions (id),
            slot_ms INTEGER NOT NULL,
            state TEXT NOT NULL,
            owner TEXT,
            attempts INTEGER NOT NULL,
            recovered INTEGER NOT NULL DEFAULT 0,
            retry_at_ms INTEGER,
            message_id TEXT,
            updated_ms INTEGER NOT NULL,
            PRIMARY KEY (subscription_id, slot_ms)
        ) WITHOUT ROWID;
        CREATE INDEX digest_log_open ON digest_log (state) WHERE state IN ('claimed', 'retry');
        """,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            first_seen_ms INTEGER
        ) WITHOUT ROWID;
        """,
    ];
}
