package id.lokerbot.channel.twilio;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;

/**
 * The Twilio SDK's HTTP client, made to send each request exactly once. The SDK's default resends a
 * "create message" on any 5xx (and Apache HttpClient on 429/503), so one reply could reach a person
 * up to six times. Retrying is ours to decide ({@link TwilioOutbox}). With a base URL set, {@code
 * https://*.twilio.com} is replaced by it, so tests talk to WireMock.
 */
class OneAttemptHttpClient extends NetworkHttpClient {

  private static final Pattern TWILIO = Pattern.compile("^https://[a-z0-9.-]+\\.twilio\\.com");

  private final String baseUrl;

  OneAttemptHttpClient(String baseUrl) {
    super(
        HttpClientBuilder.create()
            .disableAutomaticRetries()
            .setConnectionManager(
                PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultSocketConfig(HttpClient.DEFAULT_SOCKET_CONFIG)
                    // a pooled connection the server has closed would fail after the request
                    // was written ("unsure", never resent): check it before each reuse instead
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setValidateAfterInactivity(TimeValue.ZERO_MILLISECONDS)
                            .build())
                    .setMaxConnPerRoute(20)
                    .setMaxConnTotal(50)
                    .build())
            .setDefaultRequestConfig(HttpClient.DEFAULT_REQUEST_CONFIG));
    this.baseUrl = baseUrl == null || baseUrl.isBlank() ? null : baseUrl.replaceAll("/+$", "");
  }

  @Override
  public Response reliableRequest(Request request) {
    return makeRequest(request);
  }

  @Override
  public Response reliableRequest(Request request, int[] retryCodes, int retries, long delay) {
    return makeRequest(request);
  }

  /**
   * One request. A 5xx, or an error without Twilio's JSON body (say an HTML page from a proxy),
   * becomes an {@link ApiException} carrying the HTTP status, which the SDK would otherwise lose.
   */
  @Override
  public Response makeRequest(Request request) {
    Response response = super.makeRequest(baseUrl == null ? request : rebased(request));
    int status = response.getStatusCode();
    if (status >= 500) {
      throw new ApiException("Twilio answered HTTP " + status, status);
    }
    if (status >= 400) {
      String content = response.getContent();
      if (content == null || !content.stripLeading().startsWith("{")) {
        throw new ApiException("Twilio answered HTTP " + status + " without details", status);
      }
      return new Response(content, status, response.getHeaders());
    }
    return response;
  }

  private Request rebased(Request original) {
    Request copy =
        new Request(original.getMethod(), TWILIO.matcher(original.getUrl()).replaceFirst(baseUrl));
    copyParams(original.getPostParams(), copy::addPostParam);
    copyParams(original.getQueryParams(), copy::addQueryParam);
    copyParams(original.getHeaderParams(), copy::addHeaderParam);
    copy.setContentType(original.getContentType());
    copy.setBody(original.getBody());
    if (original.getAuthStrategy() != null) {
      copy.setAuth(original.getAuthStrategy());
    } else if (original.getUsername() != null) {
      copy.setAuth(original.getUsername(), original.getPassword());
    }
    return copy;
  }

  private interface ParamSink {
    void add(String name, String value);
  }

  private static void copyParams(Map<String, List<String>> params, ParamSink sink) {
    params.forEach((name, values) -> values.forEach(value -> sink.add(name, value)));
  }
}
