/// The tool's exit statuses.
enum ExitStatus {
    /// An API or network error.
    static let failure: Int32 = 1
    /// The command line was not valid.
    static let usage: Int32 = 2
    /// Ctrl-C ended the command.
    static let interrupted: Int32 = 130
}
