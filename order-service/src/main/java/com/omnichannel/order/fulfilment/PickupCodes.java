package com.omnichannel.order.fulfilment;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Draws pickup codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about 40 bits. */
@Component
public class PickupCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
