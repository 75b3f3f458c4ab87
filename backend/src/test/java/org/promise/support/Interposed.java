package org.promise.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A stand-in for an object, seen through one of its interfaces, that lets a test act on each call: count it, delay
 * it, fail it, or wrap what it gives back.
 */
public final class Interposed {

    private Interposed() {
    }

    /** What the stand-in does with each call; {@link #forward} passes a call on to the real object. */
    @FunctionalInterface
    public interface Handler {
        Object handle(Method method, Object[] arguments) throws Throwable;
    }

    public static <T> T as(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> handler.handle(method, arguments)));
    }

    /** The real object's answer to the call, or the exception it threw as it threw it. */
    public static Object forward(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
