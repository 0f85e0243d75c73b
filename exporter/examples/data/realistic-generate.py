#!/usr/bin/env python3
"""Writes the reference files of examples/realistic.yaml (fraud and recommendation models).

Deterministic (fixed seed); run from anywhere:
    python3 exporter/examples/data/realistic-generate.py
Columns are the models' features plus `prediction` and `confidence`, as `mlhealth calibrate` and the
exporter read them. A few cells are missing or out of schema on purpose, so that missing-ratio and
schema-violation thresholds derived from reference chunks have something to measure.
"""
import csv
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROWS = 4000
rng = np.random.default_rng(20250115)


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, (float, np.floating)):
        return f"{x:.4g}" if abs(x) < 1 else f"{x:.2f}".rstrip("0").rstrip(".")
    return str(x)


def write(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow([fmt(v) for v in row])


def fraud():
    categories = ["grocery", "restaurants", "fuel", "online", "electronics", "travel"]
    cat_p = [0.3, 0.2, 0.12, 0.25, 0.08, 0.05]
    countries = ["US", "GB", "DE", "FR", "CA", "BR", "IN"]
    country_p = [0.5, 0.12, 0.1, 0.08, 0.08, 0.06, 0.06]
    devices = ["mobile", "desktop", "pos"]
    rows = []
    for _ in range(ROWS):
        amount = float(np.round(rng.lognormal(3.6, 1.1), 2))
        category = rng.choice(categories, p=cat_p)
        if rng.random() < 0.012:
            category = None  # the merchant lookup sometimes times out
        country = rng.choice(countries, p=country_p)
        card_age = int(rng.gamma(2.0, 400.0))
        hour = int(rng.choice(24, p=np.r_[np.full(7, 0.02), np.full(17, 0.86 / 17)]))
        device = rng.choice(devices, p=[0.55, 0.2, 0.25])
        risk = 0.02 + 0.15 * (amount > 500) + 0.1 * (card_age < 30) + 0.05 * (device == "desktop")
        p_fraud = min(0.95, max(0.01, rng.beta(1.2, 12) + risk))
        prediction = "fraud" if p_fraud > 0.5 else "legit"
        confidence = float(np.round(max(p_fraud, 1 - p_fraud), 4))
        rows.append([amount, category, country, card_age, hour, device, prediction, confidence])
    write(
        "realistic-fraud-reference.csv",
        ["amount", "merchant_category", "country", "card_age_days", "hour", "device_type", "prediction", "confidence"],
        rows,
    )


def recs():
    categories = ["books", "electronics", "fashion", "home", "toys", "sports"]
    cat_p = [0.2, 0.18, 0.25, 0.17, 0.1, 0.1]
    devices = ["ios", "android", "web"]
    rows = []
    for _ in range(ROWS):
        tenure = int(rng.exponential(420.0))
        session = float(np.round(rng.lognormal(5.2, 0.8), 1))
        if rng.random() < 0.02:
            session = None  # sessions cut by the client before the first heartbeat
        category = rng.choice(categories, p=cat_p)
        if rng.random() < 0.004:
            category = "garden"  # a category added after training: an unseen category
        price = float(np.round(rng.lognormal(3.2, 0.9), 2))
        device = rng.choice(devices, p=[0.35, 0.4, 0.25])
        p_click = float(np.clip(rng.beta(2, 5) + 0.05 * (tenure > 365), 0, 1))
        prediction = "click" if p_click > 0.5 else "no_click"
        confidence = float(np.round(max(p_click, 1 - p_click), 4))
        rows.append([tenure, session, category, price, device, prediction, confidence])
    write(
        "realistic-recs-reference.csv",
        ["user_tenure_days", "session_length", "category", "price", "device", "prediction", "confidence"],
        rows,
    )


if __name__ == "__main__":
    fraud()
    recs()
