package com.stepwise.handout;

/** A rendered handout: the PDF and the file name it is offered under. */
public record Handout(String fileName, byte[] pdf) {
}
