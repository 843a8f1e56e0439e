using System.Globalization;
using Bot.Digests;

namespace Bot.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [Theory]
    // Spring forward: 02:30 does not exist in Berlin on 29 March 2026, so it is posted when the clocks jump (03:00 CEST).
    [InlineData("Europe/Berlin", "02:30", "2026-03-28T12:00:00Z", "2026-03-29T01:00:00Z")]
    // Fall back: 02:30 happens twice in Berlin on 25 October 2026 and is posted once, at the first.
    [InlineData("Europe/Berlin", "02:30", "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z")]
    [InlineData("America/New_York", "01:30", "2026-10-31T12:00:00Z", "2026-11-01T05:30:00Z")]
    [InlineData("Australia/Sydney", "02:30", "2026-10-03T12:00:00Z", "2026-10-03T16:00:00Z")]
    [InlineData("Asia/Almaty", "08:00", "2026-06-22T12:00:00Z", "2026-06-23T03:00:00Z")]
    public void Next_FollowsLocalClock_AcrossDaylightSavingChanges(string zone, string time, string after, string expected)
    {
        Assert.True(DigestSchedule.TryParseTime(time, out var at));
        var next = DigestSchedule.Next(DigestSchedule.Daily(at), DigestSchedule.FindZone(zone)!, Utc(after));
        Assert.Equal(Utc(expected), next);
    }

    [Fact]
    public void Slots_GivesOneSlotPerDay_WhenClocksFallBack()
    {
        var zone = DigestSchedule.FindZone("Europe/Berlin")!;
        var slots = DigestSchedule.Slots("30 2 * * *", zone, Utc("2026-10-20T00:00:00Z"), Utc("2026-10-30T00:00:00Z")).ToList();
        Assert.Equal(10, slots.Count);
        Assert.Equal(10, slots.Select(s => DigestSchedule.LocalDate(s, zone)).Distinct().Count());
    }

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData(" asia/almaty ", "Asia/Almaty")]
    [InlineData("UTC", "UTC")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    [InlineData("etc/gmt+5", "Etc/GMT+5")]
    [InlineData("posix/Europe/Berlin", null)]
    [InlineData("right/Europe/Berlin", null)]
    [InlineData("localtime", null)]
    [InlineData("posixrules", null)]
    [InlineData("Factory", null)]
    [InlineData("Europe/../Europe/Berlin", null)]
    [InlineData("Etc/./UTC", null)]
    [InlineData("Mars/Base", null)]
    [InlineData("", null)]
    public void FindZone_AcceptsCanonicalIanaNamesOnly(string name, string? expected) =>
        Assert.Equal(expected, DigestSchedule.FindZone(name)?.Id);

    [Fact]
    public void FindZone_RemembersNoGarbage_WhenStrangersTypeIt()
    {
        DigestSchedule.FindZone("Europe/Berlin");
        var before = DigestSchedule.RememberedZoneCount;

        for (var i = 0; i < 10_000; i++)
            DigestSchedule.FindZone($"Nowhere/{i}");

        Assert.InRange(DigestSchedule.RememberedZoneCount, before, before + 5);
    }

    [Theory]
    [InlineData("0 8 * * *", "08:00")]
    [InlineData("5 21 * * *", "21:05")]
    [InlineData("0 9,21 * * 1-5", null)]
    public void DailyTime_RecognisesDailySchedules_WhenCronIsSimple(string cron, string? expected) =>
        Assert.Equal(expected, DigestSchedule.DailyTime(cron)?.ToString("HH:mm", CultureInfo.InvariantCulture));
}
