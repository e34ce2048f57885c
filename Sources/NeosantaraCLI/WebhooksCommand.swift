import ArgumentParser

/// `neosantara webhooks`: tools for webhook endpoints.
struct WebhooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhooks",
        abstract: "Verify webhook deliveries signed with an endpoint's secret.",
        subcommands: [WebhooksVerifyCommand.self])
}
