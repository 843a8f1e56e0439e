namespace Bot.Discord.Rest;

// What we send to Discord's REST API; property names become snake_case and nulls are left out.

/// <summary>The only mention setting we ever send: nothing in our text pings anyone.</summary>
internal sealed record AllowedMentions(string[] Parse)
{
    public static readonly AllowedMentions None = new([]);
}

internal sealed record EmbedField(string Name, string Value);

internal sealed record EmbedFooter(string Text);

internal sealed record Embed(string? Title, string? Description, int? Color, EmbedField[]? Fields, EmbedFooter? Footer);

internal sealed record Button(string Label, string CustomId, int Style, int Type = 2);

internal sealed record ActionRow(Button[] Components, int Type = 1);

internal sealed record MessageReference(string MessageId, bool FailIfNotExists);

internal sealed record MessagePayload(string? Content = null, Embed[]? Embeds = null, ActionRow[]? Components = null, int? Flags = null)
{
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
    public MessageReference? MessageReference { get; init; }
    public string? Nonce { get; init; }
    public bool? EnforceNonce { get; init; }

    public const int Ephemeral = 1 << 6;
}

internal sealed record InteractionResponse(int Type, MessagePayload? Data = null)
{
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
}

internal sealed record AutocompleteChoice(string Name, string Value);

internal sealed record AutocompleteData(AutocompleteChoice[] Choices);

internal sealed record AutocompleteResponse(AutocompleteData Data, int Type = 8);

internal sealed record CommandOption(int Type, string Name, string Description, bool? Required = null, bool? Autocomplete = null);

/// <summary>A slash command; <paramref name="DefaultMemberPermissions"/> hides it from members without those permissions (server admins can change that).</summary>
internal sealed record ApplicationCommand(string Name, string Description, CommandOption[]? Options, int Type = 1, string? DefaultMemberPermissions = null);

// What REST answers.

internal sealed record SessionStartLimit(int Remaining, long ResetAfter, int MaxConcurrency = 1);

internal sealed record GatewayBot(string Url, SessionStartLimit SessionStartLimit, int Shards = 1);

internal sealed record CreatedMessage(string Id);

internal sealed record Application(string Id);

internal sealed record ErrorBody(int? Code, string? Message, double? RetryAfter, bool? Global);

internal sealed record Role(string Id, string? Permissions);

internal sealed record Guild(string Id, string? OwnerId, Role[]? Roles);

internal sealed record GuildMember(string[] Roles);

/// <summary>A channel permission overwrite: <paramref name="Type"/> 0 for a role, 1 for a member.</summary>
internal sealed record Overwrite(string Id, int Type, string? Allow, string? Deny);

internal sealed record GuildChannel(string Id, Overwrite[]? PermissionOverwrites);
