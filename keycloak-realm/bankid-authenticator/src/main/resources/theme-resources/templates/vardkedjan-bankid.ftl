<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false displayInfo=true; section>
<!-- template: vardkedjan-bankid.ftl -->
    <#if section = "header">
        ${msg("bankidTitle")}
    <#elseif section = "form">
        <#-- PatternFly gives buttons and alerts a display value, which would beat the hidden attribute. -->
        <style>#vk-bankid [hidden] { display: none !important; }</style>
        <div id="vk-bankid" data-state="${bankid.state}" data-refresh-url="${bankid.refreshUrl}"
             <#list bankid.messageKeys as key>data-msg-${key?lower_case}="${msg(key)}" </#list>>

            <div id="vk-bankid-pending" <#if bankid.state != "pending">hidden</#if>>
                <p id="vk-bankid-instruction">${msg("bankidScanInstruction")}</p>
                <div style="display:flex;justify-content:center;margin:1rem 0;">
                    <img id="vk-bankid-qr" width="240" height="240" style="background:#fff;"
                         src="${(bankid.qrImage)!''}" data-qr="${(bankid.qrData)!''}"
                         alt="${msg("bankidQrAlt")}" aria-describedby="vk-bankid-instruction">
                </div>
                <p style="text-align:center;">
                    <a id="vk-bankid-autostart" href="${(bankid.autoStartUrl)!'#'}">${msg("bankidOnThisDevice")}</a>
                </p>
            </div>

            <#-- Status while pending: announced politely, and only when it changes. -->
            <p id="vk-bankid-status" role="status" aria-live="polite" style="text-align:center;margin:0.5rem 0 1rem;" <#if bankid.state != "pending">hidden</#if>><#if bankid.state == "pending">${msg(bankid.messageKey)}</#if></p>
            <#-- A failure: announced at once; the page then offers a new order. -->
            <div id="vk-bankid-alert" role="alert" class="${properties.kcAlertClass!} pf-m-danger" <#if bankid.state != "failed">hidden</#if>>
                <p id="vk-bankid-alert-text" class="${properties.kcAlertTitleClass!}"><#if bankid.state == "failed">${msg(bankid.messageKey)}</#if></p>
            </div>

            <form id="vk-bankid-form" action="${url.loginAction}" method="post">
                <input type="hidden" id="vk-bankid-command" value="">
                <noscript>
                    <p>${msg("bankidNoScript")}</p>
                    <#if bankid.state == "pending">
                        <button type="submit" name="bankid_action" value="poll" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("bankidRefresh")}</button>
                    </#if>
                </noscript>
                <div class="${properties.kcFormGroupClass!}">
                    <button type="submit" id="vk-bankid-retry" name="bankid_action" value="retry"
                            class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
                            <#if bankid.state != "failed">hidden</#if>>${msg("bankidRetry")}</button>
                    <button type="submit" id="vk-bankid-cancel" name="bankid_action" value="cancel"
                            class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
                            <#if bankid.state != "pending">hidden</#if>>${msg("bankidCancel")}</button>
                </div>
            </form>
        </div>
        <script>
            <#outputformat "JavaScript">
            (function () {
                "use strict";
                var root = document.getElementById("vk-bankid");
                var form = document.getElementById("vk-bankid-form");
                var command = document.getElementById("vk-bankid-command");
                var pending = document.getElementById("vk-bankid-pending");
                var qr = document.getElementById("vk-bankid-qr");
                var status = document.getElementById("vk-bankid-status");
                var alertBox = document.getElementById("vk-bankid-alert");
                var alertText = document.getElementById("vk-bankid-alert-text");
                var cancel = document.getElementById("vk-bankid-cancel");
                var retry = document.getElementById("vk-bankid-retry");
                var refreshUrl = root.getAttribute("data-refresh-url");
                var polling = root.getAttribute("data-state") === "pending";
                var leaving = false;
                var inFlight = Promise.resolve();
                var timer = null;
                var appStartedAt = 0;
                var shownMessage = null;

                function text(key) {
                    return root.getAttribute("data-msg-" + String(key).toLowerCase()) || "";
                }

                function submit(action) {
                    leaving = true;
                    command.name = "bankid_action";
                    command.value = action;
                    form.submit();
                }

                function reload() {
                    if (!leaving) {
                        leaving = true;
                        window.location.replace(refreshUrl);
                    }
                }

                // Keycloak's "Try another way" form (the staff login, where BankID is one of the ways); the layout
                // puts it after this script.
                function otherWay() {
                    return document.getElementById("kc-select-try-another-way-form");
                }

                function show(answer) {
                    if (answer.next) {
                        form.action = answer.next;
                        if (otherWay()) {
                            otherWay().action = answer.next;
                        }
                    }
                    if (answer.status === "pending") {
                        qr.src = answer.qrImage;
                        qr.setAttribute("data-qr", answer.qrData);
                        if (answer.message !== shownMessage) {
                            shownMessage = answer.message;
                            status.textContent = text(answer.message);
                        }
                    } else if (answer.status === "complete") {
                        polling = false;
                        submit("finish");
                    } else {
                        polling = false;
                        pending.hidden = true;
                        status.hidden = true;
                        cancel.hidden = true;
                        alertText.textContent = text(answer.message);
                        alertBox.hidden = false;
                        retry.hidden = false;
                        retry.focus();
                    }
                }

                function send(action) {
                    var body = new URLSearchParams();
                    body.set("bankid_action", action);
                    return fetch(form.action, {
                        method: "POST", body: body, credentials: "same-origin", cache: "no-store",
                        headers: {"Accept": "application/json"}
                    }).then(function (response) {
                        var type = response.headers.get("Content-Type") || "";
                        if (!response.ok || type.indexOf("application/json") < 0) {
                            throw new Error("Not a status answer: " + response.status);
                        }
                        return response.json();
                    });
                }

                function poll() {
                    timer = null;
                    if (!polling || leaving) {
                        return;
                    }
                    inFlight = send("poll").then(show, reload).then(function () {
                        if (polling && !leaving) {
                            timer = window.setTimeout(poll, 1000);
                        }
                    });
                }

                cancel.addEventListener("click", function (event) {
                    event.preventDefault();
                    polling = false;
                    if (timer) {
                        window.clearTimeout(timer);
                    }
                    // Action codes are single use: wait for a running poll, whose answer carries the next URL.
                    inFlight.then(function () { submit("cancel"); });
                });
                form.addEventListener("submit", function () { leaving = true; });
                document.addEventListener("submit", function (event) {
                    // Leaving for the other ways to log in: stop polling, cancel the order at BankID, then go. Action
                    // codes are single use, so each step waits for the answer that carries the next valid URL.
                    var other = otherWay();
                    if (event.target !== other || leaving) {
                        return;
                    }
                    event.preventDefault();
                    var orderRuns = polling;
                    leaving = true;
                    polling = false;
                    if (timer) {
                        window.clearTimeout(timer);
                    }
                    inFlight
                        .then(function () { return orderRuns ? send("cancel") : null; })
                        .then(function (answer) {
                            if (answer && answer.next) {
                                other.action = answer.next;
                            }
                        }, function () { /* the order ends at BankID by itself */ })
                        .then(function () { other.submit(); });
                });
                document.getElementById("vk-bankid-autostart").addEventListener("click", function () {
                    appStartedAt = Date.now();
                });
                window.addEventListener("pagehide", function () {
                    // Leaving the page while the order runs: cancel it at BankID. Not when we navigate ourselves,
                    // and not right after the autostart link handed over to the BankID app.
                    if (polling && !leaving && Date.now() - appStartedAt > 10000 && navigator.sendBeacon) {
                        var body = new URLSearchParams();
                        body.set("bankid_action", "cancel");
                        navigator.sendBeacon(form.action, body);
                    }
                });
                window.addEventListener("pageshow", function (event) {
                    if (event.persisted) {
                        reload();
                    }
                });

                if (polling) {
                    shownMessage = null;
                    timer = window.setTimeout(poll, 1000);
                }
            })();
            </#outputformat>
        </script>
    <#elseif section = "info">
        <#if bankid.mode == "staff">
            <p id="vk-bankid-other-way">${msg("bankidStaffOtherWay")}</p>
        <#else>
            <p id="vk-bankid-other-channel">${msg("bankidOtherChannel")}</p>
        </#if>
    </#if>
</@layout.registrationLayout>
