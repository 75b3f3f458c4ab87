package org.promise.period;

/** A period code that does not name a period; the message says what a valid code looks like. */
public class InvalidPeriodException extends IllegalArgumentException {

    public InvalidPeriodException(String message) {
        super(message);
    }
}
