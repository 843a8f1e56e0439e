using System.Globalization;
using Bot.Discord.Gateway;

namespace Bot.Discord.Interactions;

/// <summary>The Discord permission bits the bot checks, and who may manage a channel's digest.</summary>
internal static class Permissions
{
    public const ulong Administrator = 1 << 3;
    public const ulong ManageChannels = 1 << 4;

    /// <summary>What the ManagesChat commands require by default, as Discord's decimal string.</summary>
    public static readonly string ManageChannelsText = ManageChannels.ToString(CultureInfo.InvariantCulture);

    /// <summary>In a DM the user owns the conversation; in a guild they need Manage Channels or Administrator.</summary>
    public static bool MayManageChannel(Interaction interaction) =>
        interaction.GuildId is null
        || (ulong.TryParse(interaction.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits)
            && (bits & (Administrator | ManageChannels)) != 0);
}
