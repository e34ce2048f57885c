/// A request the server refuses, with the error reply to send.
struct Rejection: Error {
    let reply: Reply

    init(_ reply: Reply) {
        self.reply = reply
    }
}
