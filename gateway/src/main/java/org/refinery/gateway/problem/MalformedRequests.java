package org.refinery.gateway.problem;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.refinery.http.InputError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/**
 * Sits right after Netty's HTTP decoder and answers, with a problem, the requests Spring could never
 * see: those the decoder failed on (Reactor Netty would answer them with an empty 400, 414 or 431)
 * and those whose target is no URI (Spring would answer an empty 400). The connection is closed
 * after the answer, because after a malformed request nobody knows where the next one starts; one
 * instance per connection for that reason.
 */
class MalformedRequests extends ChannelDuplexHandler {

	static final String NAME = "refinery.malformedRequests";

	/** Requests passed on whose response has not been written in full yet. */
	private int unanswered;

	private boolean refused;

	@Override
	public void channelRead(ChannelHandlerContext context, Object message) {
		if (refused) {
			ReferenceCountUtil.release(message);
			return;
		}
		Refusal refusal = message instanceof HttpObject http ? refusalOf(http) : null;
		// While an earlier request of the connection is still answered, an answer now would overtake
		// it; Reactor Netty then queues its own (empty) refusal behind it, which this leaves it to do.
		if (refusal == null || unanswered > 0) {
			if (message instanceof HttpRequest) {
				unanswered++;
			}
			context.fireChannelRead(message);
			return;
		}
		refused = true;
		ReferenceCountUtil.release(message);
		answer(context, refusal);
	}

	private static void answer(ChannelHandlerContext context, Refusal refusal) {
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
				HttpResponseStatus.valueOf(refusal.status().value()), Unpooled.wrappedBuffer(refusal.json()));
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
			.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
		context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
	}

	/** Counts a response as written with its last part; a 100 Continue is not the response yet. */
	@Override
	public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) throws Exception {
		boolean interim = message instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
		if (message instanceof LastHttpContent && !interim && unanswered > 0) {
			unanswered--;
		}
		super.write(context, message, promise);
	}

	static Refusal refusalOf(HttpObject message) {
		String target = message instanceof HttpRequest request ? request.uri() : "/";
		DecoderResult result = message.decoderResult();
		if (result.isFailure()) {
			return decoderFailure(result.cause(), target);
		}
		if (message instanceof HttpRequest) {
			try {
				new URI(target);
			}
			catch (URISyntaxException notUri) {
				return malformed("The target of this request is not a valid URI: " + notUri.getReason() + ".", target,
						List.of(new InputError("#/path", target,
								"a valid URI (RFC 3986): spaces, quotes, braces, | and non-ASCII characters percent-encoded")));
			}
		}
		return null;
	}

	private static Refusal decoderFailure(Throwable cause, String target) {
		if (cause instanceof TooLongHttpLineException) {
			return new Refusal(HttpStatus.URI_TOO_LONG, "request-target-too-long", "Request target too long",
					"The request line is longer than the gateway reads at all; path and query may hold at most "
							+ "the characters refinery.gateway.request-limits.max-target-length allows.",
					"/", List.of());
		}
		if (cause instanceof TooLongHttpHeaderException || cause instanceof TooLongFrameException) {
			return new Refusal(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "request-headers-too-large",
					"Request headers too large", "The headers of this request are larger than the gateway reads at all.",
					"/", List.of());
		}
		return malformed("This is not a well-formed HTTP/1.1 request: "
				+ InputError.echo(String.valueOf(cause.getMessage())), target, List.of());
	}

	private static Refusal malformed(String detail, String target, List<InputError> errors) {
		return new Refusal(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail,
				Refusal.instanceOf(target), errors);
	}

}
