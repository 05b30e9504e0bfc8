/**
 * The HTTP transport API every SDK client uses: {@link io.github.eparcours.core.http.HttpRequest},
 * {@link io.github.eparcours.core.http.RequestBody}, {@link
 * io.github.eparcours.core.http.HttpResponse}, {@link io.github.eparcours.core.http.RetryPolicy},
 * {@link io.github.eparcours.core.http.Interceptor}, {@link
 * io.github.eparcours.core.http.HttpEventListener}, and the default transport on {@code
 * java.net.http} ({@link io.github.eparcours.core.http.JdkHttpTransport}).
 *
 * <p>Failures are {@link io.github.eparcours.core.error.EparcoursClientException}s with the
 * {@code CORE-03xx} codes of {@link io.github.eparcours.core.http.HttpErrorCodes}. Parameters and
 * return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core.http;
