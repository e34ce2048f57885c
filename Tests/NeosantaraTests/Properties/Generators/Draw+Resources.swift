import Foundation
import Neosantara

/// Random requests and responses of the resources beside chat: embeddings, models, moderations, files,
/// batches, images, audio, videos, OCR, MCP audits, evaluations, key status and API errors.
extension Draw {
    /// Text or a list of texts.
    mutating func textInput() -> TextInput {
        bool() ? .single(text()) : .multiple(array { $0.text() })
    }

    /// An embeddings request with any of its fields set.
    mutating func embeddingsRequest() -> EmbeddingsRequest {
        var request = EmbeddingsRequest(
            model: identifier(), input: textInput(),
            encodingFormat: maybe { $0.open([.float, .base64], make: EmbeddingEncodingFormat.init(rawValue:)) },
            dimensions: maybe { $0.integer() }, user: maybe { $0.text() })
        request.extraBody = extraBody()
        return request
    }

    /// An embeddings response.
    mutating func embeddingsResponse() -> EmbeddingsResponse {
        EmbeddingsResponse(
            object: maybe { $0.text() },
            data: array {
                Embedding(
                    object: $0.maybe { $0.text() }, index: $0.integer(), embedding: $0.array(upTo: 6) { $0.float() })
            }, model: maybe { $0.identifier() }, usage: maybe { $0.usage() }, metadata: maybe { $0.metadata() })
    }

    /// A model of the models list.
    mutating func model() -> Model {
        var model = Model(
            id: identifier(), object: maybe { $0.text() }, created: maybe { $0.integer() },
            ownedBy: maybe { $0.text() }, root: maybe { $0.identifier() }, parent: maybe { $0.identifier() },
            description: maybe { $0.text() }, maxTokens: maybe { $0.count() },
            pricing: maybe {
                ModelPricing(
                    inputTokens: $0.maybe { $0.double() }, outputTokens: $0.maybe { $0.double() },
                    currency: $0.maybe { $0.text() })
            })
        model.permission = maybe { $0.array { $0.presentJSON() } }
        model.capabilities = maybe {
            $0.array { $0.open([.chat, "vision", "embeddings"], make: ModelCapability.init(rawValue:)) }
        }
        return model
    }

    /// A models list.
    mutating func modelsList() -> ModelsListResponse {
        ModelsListResponse(object: maybe { $0.text() }, data: array { $0.model() }, metadata: maybe { $0.metadata() })
    }

    /// A moderations request.
    mutating func moderationsRequest() -> ModerationsRequest {
        ModerationsRequest(input: textInput(), model: maybe { $0.identifier() })
    }

    /// A moderations response.
    mutating func moderationsResponse() -> ModerationsResponse {
        ModerationsResponse(
            id: maybe { $0.identifier() }, model: maybe { $0.identifier() },
            results: array {
                ModerationResult(
                    flagged: $0.bool(), categories: $0.dictionary { $0.bool() },
                    categoryScores: $0.dictionary { $0.double() })
            }, metadata: maybe { $0.metadata() })
    }

    /// An uploaded file's record.
    mutating func fileObject() -> FileObject {
        FileObject(
            id: identifier(), object: maybe { $0.text() }, bytes: maybe { Int64($0.integer()) },
            createdAt: maybe { $0.integer() }, expiresAt: maybe { $0.integer() }, filename: maybe { $0.text() },
            purpose: maybe { $0.open([.batch, .batchOutput, .vision], make: FilePurpose.init(rawValue:)) },
            status: maybe { $0.open([.uploaded, .processed, .error], make: FileStatus.init(rawValue:)) },
            statusDetails: maybe { $0.text() })
    }

    /// A file deletion.
    mutating func fileDeletion() -> FileDeletion {
        FileDeletion(id: identifier(), object: maybe { $0.text() }, deleted: bool())
    }

    /// A batch endpoint: a known one or any other.
    mutating func batchEndpoint() -> BatchEndpoint {
        open([.chatCompletions, .embeddings], make: BatchEndpoint.init(rawValue:))
    }

    /// A batch creation request.
    mutating func batchCreateRequest() -> BatchCreateRequest {
        var request = BatchCreateRequest(
            inputFileID: identifier(), endpoint: batchEndpoint(),
            completionWindow: open([.hours24], make: BatchCompletionWindow.init(rawValue:)))
        request.metadata = maybe { $0.dictionary { $0.text() } }
        return request
    }

    /// A batch with any of its fields set.
    mutating func batch() -> Batch {
        var batch = Batch(
            id: identifier(), object: maybe { $0.text() }, endpoint: batchEndpoint(),
            status: open(
                [.validating, .inProgress, .completed, .failed, .cancelled], make: BatchStatus.init(rawValue:)),
            inputFileID: maybe { $0.identifier() },
            completionWindow: maybe { $0.open([.hours24], make: BatchCompletionWindow.init(rawValue:)) },
            outputFileID: maybe { $0.identifier() }, errorFileID: maybe { $0.identifier() },
            errors: maybe {
                BatchErrors(
                    object: $0.maybe { $0.text() },
                    data: $0.array {
                        BatchError(
                            code: $0.maybe { $0.identifier() }, message: $0.maybe { $0.text() },
                            line: $0.maybe { $0.integer() },
                            param: $0.maybe { $0.text() })
                    })
            },
            requestCounts: maybe { BatchRequestCounts(total: $0.count(), completed: $0.count(), failed: $0.count()) },
            model: maybe { $0.identifier() }, usage: maybe { $0.presentJSON() }, createdAt: maybe { $0.integer() })
        batch.metadata = maybe { $0.dictionary { $0.text() } }
        batch.inProgressAt = maybe { $0.integer() }
        batch.expiresAt = maybe { $0.integer() }
        batch.finalizingAt = maybe { $0.integer() }
        batch.completedAt = maybe { $0.integer() }
        batch.failedAt = maybe { $0.integer() }
        batch.expiredAt = maybe { $0.integer() }
        batch.cancellingAt = maybe { $0.integer() }
        batch.cancelledAt = maybe { $0.integer() }
        return batch
    }

    /// An image generation request with any of its fields set.
    mutating func imageRequest() -> ImageGenerationRequest {
        ImageGenerationRequest(
            model: identifier(), prompt: text(), n: maybe { $0.integer() }, size: maybe { $0.text() },
            responseFormat: maybe { $0.open([.url, .base64JSON], make: ImageResponseFormat.init(rawValue:)) },
            steps: maybe { $0.integer() }, user: maybe { $0.text() }, image: maybe { $0.text() },
            maskImage: maybe { $0.text() }, maskPrompt: maybe { $0.text() },
            outpaintingMode: maybe { $0.open(["DEFAULT"], make: OutpaintingMode.init(rawValue:)) },
            quality: maybe { $0.text() }, style: maybe { $0.text() }, strength: maybe { $0.double() })
    }

    /// Generated images.
    mutating func imagesResponse() -> ImagesResponse {
        ImagesResponse(
            created: integer(),
            data: array {
                GeneratedImage(
                    url: $0.maybe { $0.text() }, b64JSON: $0.maybe { $0.text() }, revisedPrompt: $0.maybe { $0.text() })
            },
            metadata: maybe { $0.metadata() })
    }

    /// A transcription with segments and words.
    mutating func transcription() -> Transcription {
        var transcription = Transcription(
            text: text(), task: maybe { $0.text() }, language: maybe { $0.text() }, duration: maybe { $0.double() },
            usage: maybe { $0.presentJSON() })
        transcription.segments = maybe {
            $0.array {
                TranscriptionSegment(
                    id: $0.integer(), start: $0.double(), end: $0.double(), text: $0.text(),
                    seek: $0.maybe { $0.integer() },
                    tokens: $0.maybe { $0.array { $0.integer() } }, temperature: $0.maybe { $0.double() },
                    avgLogprob: $0.maybe { $0.double() }, compressionRatio: $0.maybe { $0.double() },
                    noSpeechProb: $0.maybe { $0.double() })
            }
        }
        transcription.words = maybe {
            $0.array { TranscriptionWord(word: $0.text(), start: $0.double(), end: $0.double()) }
        }
        return transcription
    }

    /// A video generation request.
    mutating func videoRequest() -> VideoRequest {
        VideoRequest(
            model: identifier(), prompt: text(), inputReference: maybe { $0.text() }, size: maybe { $0.text() },
            seconds: maybe { $0.text() }, videoStyle: maybe { $0.text() }, emotionalAtmosphere: maybe { $0.text() },
            mirrorMode: maybe { $0.text() })
    }

    /// A video job.
    mutating func video() -> Video {
        Video(
            id: identifier(), object: text(), createdAt: double(), completedAt: maybe { $0.double() },
            status: open([.queued, .inProgress, .completed, .failed], make: VideoStatus.init(rawValue:)),
            model: identifier(), progress: double(), prompt: text(), seconds: text(), size: text(),
            error: maybe { VideoError(code: $0.identifier(), message: $0.maybe { $0.text() }) })
    }

    /// An OCR request.
    mutating func ocrRequest() -> OCRRequest {
        OCRRequest(
            image: text(), imageType: maybe { $0.open([.url, .base64], make: OCRImageType.init(rawValue:)) },
            model: identifier(), prompt: maybe { $0.text() }, returnImage: maybe { $0.bool() },
            async: maybe { $0.bool() })
    }

    /// An OCR response, whose fields hold all its members.
    mutating func ocrResponse() -> OCRResponse {
        var fields = jsonObject()
        for key in ["extracted_text", "model", "id", "status"] {
            fields[key] = maybe { .string($0.text()) }
        }
        return OCRResponse(
            extractedText: fields["extracted_text"]?.stringValue, model: fields["model"]?.stringValue,
            id: fields["id"]?.stringValue, status: fields["status"]?.stringValue, fields: fields)
    }

    /// An evaluation request and a matching response.
    mutating func evaluationRequest() -> EvaluationRequest {
        EvaluationRequest(
            model: identifier(), state: json(),
            questions: dictionary {
                EvaluationQuestion(
                    kind: $0.open([.boolean, .choice], make: EvaluationQuestionKind.init(rawValue:)),
                    instructions: $0.maybe { $0.presentJSON() }, options: $0.maybe { $0.array { $0.text() } },
                    criteria: $0.maybe { $0.presentJSON() }, scoringRubric: $0.maybe { $0.presentJSON() })
            })
    }

    /// An evaluation response.
    mutating func evaluationResponse() -> EvaluationResponse {
        EvaluationResponse(
            model: identifier(), answers: jsonObject(),
            usage: maybe { EvaluationUsage(inputTokens: $0.count(), outputTokens: $0.count()) })
    }

    /// The status of an API key.
    mutating func apiKeyStatus() -> APIKeyStatus {
        APIKeyStatus(
            object: maybe { $0.text() }, organization: maybe { $0.text() },
            permissions: maybe { $0.array { $0.text() } },
            authorized: maybe { $0.bool() }, created: maybe { $0.integer() }, expires: maybe { $0.text() },
            id: maybe { $0.identifier() }, tier: maybe { $0.text() },
            usageInfo: maybe { .init(daily: $0.maybe { $0.quotaUsage() }, monthly: $0.maybe { $0.quotaUsage() }) },
            metadata: maybe { $0.metadata() })
    }

    /// An API error body's error.
    mutating func apiError() -> APIError {
        APIError(
            message: text(),
            type: maybe { $0.open([.rateLimit, .invalidRequest], make: APIError.ErrorType.init(rawValue:)) },
            code: maybe { $0.open([.rpmExceeded], make: APIError.Code.init(rawValue:)) }, param: maybe { $0.text() },
            details: maybe { $0.presentJSON() })
    }
}
