package com.stepwise.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than the limit is ever read, whatever endpoint it is sent to: a declared length over it is
 * refused at once (413, before anything else runs, signed in or not), and a body sent without a length stops being
 * read at the limit. The largest thing a clinician sends is a 2 MB picture, so 4 MB leaves room for its encoding.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

    @Bean
    FilterRegistrationBean<LimitFilter> requestSizeLimitFilter(
            @Value("${stepwise.max-request-size:4MB}") DataSize limit) {
        var registration = new FilterRegistrationBean<>(new LimitFilter(limit.toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class LimitFilter extends OncePerRequestFilter {

        private final long limit;

        LimitFilter(long limit) {
            this.limit = limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > limit) {
                // Written here, not through sendError: the error page would go through the sign-in first.
                refuse(response);
                return;
            }
            try {
                chain.doFilter(new Bounded(request, limit), response);
            } catch (InvalidParameterException tooLarge) {
                // A form posted without a length and over Tomcat's own limit: refused like any other, in one line.
                logger.info("Refused a form body over the size limit: " + request.getRequestURI());
                if (!response.isCommitted()) {
                    refuse(response);
                }
            }
        }

        private static void refuse(HttpServletResponse response) throws IOException {
            response.setHeader("Connection", "close");
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("That is larger than Stepwise accepts: pictures may be up to 2 MB.");
        }
    }

    /** The request with a body that ends in an error once more than the limit has been read. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("The request body is larger than " + limit + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
