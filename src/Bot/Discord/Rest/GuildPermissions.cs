using System.Globalization;
using Bot.Discord.Interactions;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Rest;

/// <summary>
/// Whether a guild member may manage a channel's digest when they type a command in a message, which,
/// unlike an interaction, carries no permissions: computed as Discord does, from the guild's owner and
/// roles, the member's roles and the channel's overwrites. A failed lookup counts as "no".
/// </summary>
internal sealed class GuildPermissions(DiscordRestClient rest, ILogger<GuildPermissions> logger)
{
    private const int RoleOverwrite = 0;
    private const int MemberOverwrite = 1;

    public async Task<bool> MayManageChannelAsync(string guildId, string channelId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            var guild = await rest.GetGuildAsync(guildId, cancellationToken);
            if (guild.OwnerId == userId)
                return true;
            var member = await rest.GetGuildMemberAsync(guildId, userId, cancellationToken);
            var channel = await rest.GetChannelAsync(channelId, cancellationToken);
            return Allows(Compute(guild, member, channel.PermissionOverwrites ?? [], userId));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.PermissionLookupFailed(logger, guildId, ex.Message);
            return false;
        }
    }

    private static bool Allows(ulong bits) => (bits & (Permissions.Administrator | Permissions.ManageChannels)) != 0;

    private static ulong Compute(Guild guild, GuildMember member, Overwrite[] overwrites, string userId)
    {
        var roles = guild.Roles ?? [];
        // The @everyone role has the guild's id.
        var bits = roles.Where(r => r.Id == guild.Id || member.Roles.Contains(r.Id)).Aggregate(0UL, (all, r) => all | Bits(r.Permissions));
        if ((bits & Permissions.Administrator) != 0)
            return bits;
        bits = Apply(bits, overwrites.Where(o => o.Type == RoleOverwrite && o.Id == guild.Id));
        bits = Apply(bits, overwrites.Where(o => o.Type == RoleOverwrite && member.Roles.Contains(o.Id)));
        return Apply(bits, overwrites.Where(o => o.Type == MemberOverwrite && o.Id == userId));
    }

    /// <summary>A set of overwrites at one level acts as one: all their denials, then all their allowances.</summary>
    private static ulong Apply(ulong bits, IEnumerable<Overwrite> overwrites)
    {
        var list = overwrites.ToList();
        var deny = list.Aggregate(0UL, (all, o) => all | Bits(o.Deny));
        var allow = list.Aggregate(0UL, (all, o) => all | Bits(o.Allow));
        return (bits & ~deny) | allow;
    }

    private static ulong Bits(string? text) => ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0;
}
