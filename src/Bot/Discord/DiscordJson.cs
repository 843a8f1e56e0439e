using System.Text.Json.Serialization;
using Bot.Discord.Gateway;
using Bot.Discord.Rest;

namespace Bot.Discord;

/// <summary>Source-generated JSON for every payload the adapter reads or writes (snake_case, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(AutocompleteResponse))]
[JsonSerializable(typeof(ApplicationCommand[]))]
[JsonSerializable(typeof(GatewayBot))]
[JsonSerializable(typeof(CreatedMessage))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(Guild))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(GuildChannel))]
[JsonSerializable(typeof(Ready))]
[JsonSerializable(typeof(Hello))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(GatewayCommand<Identify>))]
[JsonSerializable(typeof(GatewayCommand<Resume>))]
[JsonSerializable(typeof(GatewayCommand<long?>))]
internal sealed partial class DiscordJson : JsonSerializerContext;
