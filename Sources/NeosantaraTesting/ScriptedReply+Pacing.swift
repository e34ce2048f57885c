extension ScriptedReply {
    // MARK: Pacing and faults

    /// The same reply, sent after waiting `delay`.
    public func delayed(by delay: Duration) -> ScriptedReply {
        var reply = self
        reply.delay = delay
        return reply
    }

    /// The same reply, waiting `delay` between the events of a stream.
    public func withChunkDelay(_ delay: Duration) -> ScriptedReply {
        var reply = self
        reply.chunkDelay = delay
        return reply
    }

    /// The same reply, cut off by closing the connection after `count` events of a stream.
    ///
    /// The head is always sent; with a plain JSON body, the whole body counts as one event, so `0` closes the
    /// connection right after the head. The connection closes where the next event would come: after the
    /// chunk delay, or 20 ms when there is none, so that the client has read the events before it (some
    /// clients, AsyncHTTPClient among them, drop what they have not yet read when the connection closes).
    public func closingConnection(afterEvents count: Int) -> ScriptedReply {
        var reply = self
        reply.closeAfterEvents = max(0, count)
        return reply
    }

    /// The same reply, with its body stalling for `duration` after its first `count` bytes, as a slow or
    /// stuck upstream does: to test read and idle timeouts.
    ///
    /// ```swift
    /// // The head and 10 bytes of the body, then nothing for 2 s, then the rest.
    /// server.enqueue(.json(completion).pausing(afterBytes: 10, for: .seconds(2)), for: .chatCompletions)
    /// ```
    ///
    /// The pause may fall in the middle of an event or a UTF-8 character; a `count` past the end of the body
    /// pauses before the body ends. A body paused this way is sent with chunked encoding, without a
    /// `Content-Length`. A later call replaces an earlier one.
    public func pausing(afterBytes count: Int, for duration: Duration) -> ScriptedReply {
        var reply = self
        reply.pauseAfterBytes = (max(0, count), duration)
        return reply
    }

    /// The same reply, held after `count` events until the test opens `gate`: to check that your code handles
    /// each event as it arrives, without waiting for the rest of the stream.
    ///
    /// ```swift
    /// let gate = ReplyGate()
    /// server.enqueue(.standard.pausing(afterEvents: 1, until: gate), for: .chatCompletions)
    /// ```
    ///
    /// With a plain JSON body, the whole body counts as one event, so `0` holds it after the head. A gate
    /// that is already open holds nothing; a server that stops stops waiting. A later call replaces an
    /// earlier one.
    public func pausing(afterEvents count: Int, until gate: ReplyGate) -> ScriptedReply {
        var reply = self
        reply.gate = (max(0, count), gate)
        return reply
    }

    /// The same reply, whose body, instead of ending, goes on with a keep-alive comment (`: keep-alive`, which
    /// clients skip) every `interval` until the client closes the connection or the server stops. It is meant
    /// for event streams: after a JSON body, the comments would make the body invalid.
    ///
    /// Use it to test that your code closes a stream it stops reading — when it leaves the loop early, is
    /// cancelled, or drops the stream — with ``NeosantaraTestServer/waitForClientDisconnects(_:timeout:)``:
    ///
    /// ```swift
    /// server.enqueue(.chunks([first], done: false).keepingAlive(every: .milliseconds(10)), for: .chatCompletions)
    /// // … the code under test reads the first chunk and stops …
    /// #expect(await server.waitForClientDisconnects(timeout: .seconds(1)))
    /// ```
    public func keepingAlive(every interval: Duration) -> ScriptedReply {
        var reply = self
        reply.keepAliveInterval = interval
        return reply
    }
}
