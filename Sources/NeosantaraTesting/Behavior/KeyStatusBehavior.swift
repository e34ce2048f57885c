import Foundation
import Neosantara

/// The default answer to `GET /v1/auth/key`: an authorized key of tier `Free` whose daily and monthly usage
/// count the requests the server received before this one, out of 10 000 and 300 000.
struct KeyStatusBehavior {
    let requestsBefore: Int
    let context: ReplyContext

    static let dailyLimit = 10_000
    static let monthlyLimit = 300_000

    func reply() -> Reply {
        context.json(response())
    }

    func response() -> APIKeyStatus {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let tomorrow = calendar.nextDate(
            after: context.now, matching: DateComponents(hour: 0, minute: 0, second: 0), matchingPolicy: .nextTime)
        let nextMonth = calendar.nextDate(
            after: context.now, matching: DateComponents(day: 1, hour: 0, minute: 0, second: 0),
            matchingPolicy: .nextTime)
        return APIKeyStatus(
            organization: "org-neosantara-testing",
            permissions: ["chat.completions", "reasoning", "embeddings", "moderations", "models"],
            authorized: true, created: 1_717_950_000, id: "key-test", tier: "Free",
            usageInfo: .init(
                daily: usage(limit: Self.dailyLimit, resetAt: tomorrow),
                monthly: usage(limit: Self.monthlyLimit, resetAt: nextMonth)),
            metadata: context.metadata)
    }

    private func usage(limit: Int, resetAt: Date?) -> QuotaUsage {
        QuotaUsage(used: requestsBefore, limit: limit, remaining: max(0, limit - requestsBefore), resetAt: resetAt)
    }
}
