<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtCatalogue</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>%1 to %2 printable ASCII characters</source>
        <translation>%1 到 %2 个可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>an IPv4 address such as 192.168.0.7</source>
        <translation>IPv4 地址，例如 192.168.0.7</translation>
    </message>
    <message>
        <source>an IPv4 address or domain name of at most %1 characters</source>
        <translation>最多 %1 个字符的 IPv4 地址或域名</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>12 hex digits such as 002233445566</source>
        <translation>12 位十六进制数字，例如 002233445566</translation>
    </message>
    <message>
        <source>at most %1 ASCII characters, or at most %2 hex digits with HEX</source>
        <translation>最多 %1 个 ASCII 字符，或 HEX 格式最多 %2 位十六进制数字</translation>
    </message>
    <message>
        <source>ON echoes every command, OFF does not</source>
        <translation>ON 回显每条命令，OFF 不回显</translation>
    </message>
    <message>
        <source>firmware version</source>
        <translation>固件版本</translation>
    </message>
    <message>
        <source>the module&apos;s MAC, 12 hex digits</source>
        <translation>模块的 MAC，12 位十六进制数字</translation>
    </message>
    <message>
        <source>STATIC or DHCP</source>
        <translation>STATIC 或 DHCP</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>subnet mask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>gateway address</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>user MAC, 12 hex digits, e.g. 002233445566</source>
        <translation>用户 MAC，12 位十六进制数字，例如 002233445566</translation>
    </message>
    <message>
        <source>at most 5 characters</source>
        <translation>最多 5 个字符</translation>
    </message>
    <message>
        <source>web server port, default 80</source>
        <translation>网页服务器端口，默认 80</translation>
    </message>
    <message>
        <source>net AT search port</source>
        <translation>网络 AT 搜索端口</translation>
    </message>
    <message>
        <source>net AT search keyword</source>
        <translation>网络 AT 搜索口令</translation>
    </message>
    <message>
        <source>web page language, CN or EN</source>
        <translation>网页语言，CN 或 EN</translation>
    </message>
    <message>
        <source>baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>data bits, 5 to 8</source>
        <translation>数据位，5 到 8</translation>
    </message>
    <message>
        <source>stop bits, 1 or 2</source>
        <translation>停止位，1 或 2</translation>
    </message>
    <message>
        <source>NONE, EVEN, ODD, MARK or SPACE</source>
        <translation>NONE、EVEN、ODD、MARK 或 SPACE</translation>
    </message>
    <message>
        <source>NFC none, FCH hardware (RTS/CTS), FCR software</source>
        <translation>NFC 无，FCH 硬件（RTS/CTS），FCR 软件</translation>
    </message>
    <message>
        <source>packing interval, 0-255 ms</source>
        <translation>打包间隔，0-255 毫秒</translation>
    </message>
    <message>
        <source>packing length, 0-1460 bytes</source>
        <translation>打包长度，0-1460 字节</translation>
    </message>
    <message>
        <source>TCPS, TCPC, UDPS, UDPC or HTPC</source>
        <translation>TCPS、TCPC、UDPS、UDPC 或 HTPC</translation>
    </message>
    <message>
        <source>server address in client modes</source>
        <translation>客户端模式下的服务器地址</translation>
    </message>
    <message>
        <source>remote port of a client, local port of a server</source>
        <translation>客户端为远程端口，服务器为本地端口</translation>
    </message>
    <message>
        <source>IDLE, LISTEN, CONNECTING, CONNECTED, CONNECTED(n) or ERROR</source>
        <translation>IDLE、LISTEN、CONNECTING、CONNECTED、CONNECTED(n) 或 ERROR</translation>
    </message>
    <message>
        <source>WebSocket port, default 6432</source>
        <translation>WebSocket 端口，默认 6432</translation>
    </message>
    <message>
        <source>USR user data, MAC, CLOUD, or OFF</source>
        <translation>USR 用户数据、MAC、CLOUD 或 OFF</translation>
    </message>
    <message>
        <source>FIRST on connect, EVERY with every packet, ALL both</source>
        <translation>FIRST 连接时，EVERY 每包携带，ALL 两者</translation>
    </message>
    <message>
        <source>registration data, at most 40 characters</source>
        <translation>注册数据，最多 40 个字符</translation>
    </message>
    <message>
        <source>USR-cloud device ID</source>
        <translation>有人云设备 ID</translation>
    </message>
    <message>
        <source>USR-cloud communication code</source>
        <translation>有人云通讯密码</translation>
    </message>
    <message>
        <source>GET or POST</source>
        <translation>GET 或 POST</translation>
    </message>
    <message>
        <source>URL of the request</source>
        <translation>请求的 URL</translation>
    </message>
    <message>
        <source>request header, &lt;&lt;CRLF&gt;&gt; for each line end, at most 180 characters</source>
        <translation>请求头，每个行尾写 &lt;&lt;CRLF&gt;&gt;，最多 180 个字符</translation>
    </message>
    <message>
        <source>ON strips the response header</source>
        <translation>ON 去掉响应头</translation>
    </message>
    <message>
        <source>ON sends heartbeat packets</source>
        <translation>ON 发送心跳包</translation>
    </message>
    <message>
        <source>NET to the network, COM to the serial port</source>
        <translation>NET 发往网络，COM 发往串口</translation>
    </message>
    <message>
        <source>heartbeat period, 1-65535 s</source>
        <translation>心跳周期，1-65535 秒</translation>
    </message>
    <message>
        <source>heartbeat data, at most 40 characters</source>
        <translation>心跳数据，最多 40 个字符</translation>
    </message>
    <message>
        <source>production time</source>
        <translation>生产时间</translation>
    </message>
    <message>
        <source>module name, at most 15 characters</source>
        <translation>模块名称，最多 15 个字符</translation>
    </message>
    <message>
        <source>ON follows similar-RFC2217 packets</source>
        <translation>ON 遵循类 RFC2217 数据包</translation>
    </message>
    <message>
        <source>ON closes idle TCP client connections</source>
        <translation>ON 关闭空闲的 TCP 客户端连接</translation>
    </message>
    <message>
        <source>idle time before closing, 2-255 s</source>
        <translation>关闭前的空闲时间，2-255 秒</translation>
    </message>
    <message>
        <source>restart after this long without data, 60-65535 s; below 60 off</source>
        <translation>无数据达到此时长后重启，60-65535 秒；小于 60 为关闭</translation>
    </message>
    <message>
        <source>ON clears the serial buffer before connecting</source>
        <translation>ON 连接前清空串口缓存</translation>
    </message>
    <message>
        <source>reconnect timeout, 1-99999 s</source>
        <translation>重连超时，1-99999 秒</translation>
    </message>
    <message>
        <source>ON converts Modbus TCP to Modbus RTU</source>
        <translation>ON 将 Modbus TCP 转换为 Modbus RTU</translation>
    </message>
    <message>
        <source>ON enables Modbus polling</source>
        <translation>ON 启用 Modbus 轮询</translation>
    </message>
    <message>
        <source>Modbus polling time, 200-9999</source>
        <translation>Modbus 轮询时间，200-9999</translation>
    </message>
    <message>
        <source>ON enables network printing</source>
        <translation>ON 启用网络打印</translation>
    </message>
    <message>
        <source>ON accepts UDP data from any peer</source>
        <translation>ON 接收任意对端的 UDP 数据</translation>
    </message>
    <message>
        <source>&quot;saved&quot;</source>
        <translation>“saved”</translation>
    </message>
    <message>
        <source>address or domain name to ping</source>
        <translation>要 ping 的地址或域名</translation>
    </message>
    <message>
        <source>ASCII (at most 40 characters) or hex (at most 80 digits)</source>
        <translation>ASCII（最多 40 个字符）或十六进制（最多 80 位）</translation>
    </message>
    <message>
        <source>ASCII or HEX</source>
        <translation>ASCII 或 HEX</translation>
    </message>
    <message>
        <source>Echo of commands on or off</source>
        <translation>命令回显开或关</translation>
    </message>
    <message>
        <source>Restart the module</source>
        <translation>重启模块</translation>
    </message>
    <message>
        <source>Firmware version</source>
        <translation>固件版本</translation>
    </message>
    <message>
        <source>Leave command mode for transparent mode</source>
        <translation>退出命令模式，进入透传模式</translation>
    </message>
    <message>
        <source>The module&apos;s MAC address</source>
        <translation>模块的 MAC 地址</translation>
    </message>
    <message>
        <source>Restore factory settings</source>
        <translation>恢复出厂设置</translation>
    </message>
    <message>
        <source>IP mode, address, mask and gateway</source>
        <translation>IP 模式、地址、掩码和网关</translation>
    </message>
    <message>
        <source>Set a user MAC address</source>
        <translation>设置用户 MAC 地址</translation>
    </message>
    <message>
        <source>Web and setting user name and password</source>
        <translation>网页和设置的用户名和密码</translation>
    </message>
    <message>
        <source>Web server port</source>
        <translation>网页服务器端口</translation>
    </message>
    <message>
        <source>Net AT search port and keyword</source>
        <translation>网络 AT 搜索端口和口令</translation>
    </message>
    <message>
        <source>Web page language</source>
        <translation>网页语言</translation>
    </message>
    <message>
        <source>Serial port settings</source>
        <translation>串口设置</translation>
    </message>
    <message>
        <source>Serial packing time and length</source>
        <translation>串口打包时间和长度</translation>
    </message>
    <message>
        <source>Work mode, remote address and port</source>
        <translation>工作模式、远程地址和端口</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>WebSocket port</source>
        <translation>WebSocket 端口</translation>
    </message>
    <message>
        <source>Registration packet type</source>
        <translation>注册包类型</translation>
    </message>
    <message>
        <source>When the registration packet is sent</source>
        <translation>注册包的发送时机</translation>
    </message>
    <message>
        <source>User registration packet data</source>
        <translation>用户注册包数据</translation>
    </message>
    <message>
        <source>USR-cloud device ID and code</source>
        <translation>有人云设备 ID 和密码</translation>
    </message>
    <message>
        <source>HTTPD client request method</source>
        <translation>HTTPD 客户端请求方法</translation>
    </message>
    <message>
        <source>HTTPD client URL</source>
        <translation>HTTPD 客户端 URL</translation>
    </message>
    <message>
        <source>HTTPD client request header</source>
        <translation>HTTPD 客户端请求头</translation>
    </message>
    <message>
        <source>Strip the HTTP response header</source>
        <translation>去掉 HTTP 响应头</translation>
    </message>
    <message>
        <source>Heartbeat packets on or off</source>
        <translation>心跳包开或关</translation>
    </message>
    <message>
        <source>Where heartbeat packets go</source>
        <translation>心跳包发往何处</translation>
    </message>
    <message>
        <source>Heartbeat period</source>
        <translation>心跳周期</translation>
    </message>
    <message>
        <source>Heartbeat packet data</source>
        <translation>心跳包数据</translation>
    </message>
    <message>
        <source>Production time</source>
        <translation>生产时间</translation>
    </message>
    <message>
        <source>Module name</source>
        <translation>模块名称</translation>
    </message>
    <message>
        <source>Similar-RFC2217 on or off</source>
        <translation>类 RFC2217 开或关</translation>
    </message>
    <message>
        <source>Short connection on or off</source>
        <translation>短连接开或关</translation>
    </message>
    <message>
        <source>Short connection time</source>
        <translation>短连接时间</translation>
    </message>
    <message>
        <source>Restart after no data</source>
        <translation>无数据重启</translation>
    </message>
    <message>
        <source>Clear the serial buffer on connect</source>
        <translation>连接时清空串口缓存</translation>
    </message>
    <message>
        <source>Reconnect timeout</source>
        <translation>重连超时</translation>
    </message>
    <message>
        <source>Modbus TCP to RTU conversion</source>
        <translation>Modbus TCP 转 RTU</translation>
    </message>
    <message>
        <source>Modbus polling</source>
        <translation>Modbus 轮询</translation>
    </message>
    <message>
        <source>Modbus polling time</source>
        <translation>Modbus 轮询时间</translation>
    </message>
    <message>
        <source>Network printing</source>
        <translation>网络打印</translation>
    </message>
    <message>
        <source>UDP accepts any peer</source>
        <translation>UDP 接收任意对端</translation>
    </message>
    <message>
        <source>Save the current settings as the defaults</source>
        <translation>将当前设置保存为默认设置</translation>
    </message>
    <message>
        <source>Ping an address</source>
        <translation>Ping 一个地址</translation>
    </message>
    <message>
        <source>Heartbeat data, ASCII or hex</source>
        <translation>心跳数据，ASCII 或十六进制</translation>
    </message>
    <message>
        <source>Registration data, ASCII or hex</source>
        <translation>注册数据，ASCII 或十六进制</translation>
    </message>
</context>
<context>
    <name>AtReply</name>
    <message>
        <source>invalid format</source>
        <translation>格式无效</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>命令无效</translation>
    </message>
    <message>
        <source>invalid operator</source>
        <translation>操作符无效</translation>
    </message>
    <message>
        <source>invalid parameter</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>AtRequest</name>
    <message>
        <source>&quot;%1&quot; is not an AT command (they start with AT+)</source>
        <translation>“%1”不是 AT 命令（AT 命令以 AT+ 开头）</translation>
    </message>
    <message>
        <source>AT+%1 is not a command of these modules</source>
        <translation>AT+%1 不是这些模块的命令</translation>
    </message>
    <message>
        <source>AT+%1 cannot be queried; it takes %2</source>
        <translation>AT+%1 不能查询；它需要 %2</translation>
    </message>
    <message>
        <source>AT+%1 takes no parameters</source>
        <translation>AT+%1 不带参数</translation>
    </message>
    <message numerus="yes">
        <source>AT+%1 takes %n parameter(s): %2</source>
        <translation>
            <numerusform>AT+%1 需要 %n 个参数：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>AT+%1: %2 &quot;%3&quot; is not allowed; expected %4</source>
        <translation>AT+%1：%2“%3”不允许；应为 %4</translation>
    </message>
    <message>
        <source>AT+%1: %2 %3 cannot be kept in this module&apos;s parameters</source>
        <translation>AT+%1：%2 %3 无法保存在此模块的参数中</translation>
    </message>
</context>
<context>
    <name>BootpPacket</name>
    <message>
        <source>BOOTP packet of %1 bytes: at least 300 expected</source>
        <translation>BOOTP 数据包为 %1 字节：至少应为 300 字节</translation>
    </message>
    <message>
        <source>BOOTP packet with op %1</source>
        <translation>BOOTP 数据包的 op 为 %1</translation>
    </message>
    <message>
        <source>BOOTP packet for hardware other than Ethernet</source>
        <translation>BOOTP 数据包的硬件类型不是以太网</translation>
    </message>
</context>
<context>
    <name>Checksum</name>
    <message>
        <source>No checksum</source>
        <translation>无校验</translation>
    </message>
    <message>
        <source>CRC-16/Modbus</source>
        <translation>CRC-16/Modbus</translation>
    </message>
    <message>
        <source>CRC-16/CCITT-FALSE</source>
        <translation>CRC-16/CCITT-FALSE</translation>
    </message>
    <message>
        <source>Sum (8 bits)</source>
        <translation>累加和（8 位）</translation>
    </message>
    <message>
        <source>XOR (8 bits)</source>
        <translation>异或（8 位）</translation>
    </message>
</context>
<context>
    <name>DeviceConfig</name>
    <message>
        <source>this module has no serial port %1</source>
        <translation>此模块没有串口 %1</translation>
    </message>
    <message>
        <source>this module has no USR-cloud parameters</source>
        <translation>此模块没有有人云参数</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>未知参数“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%1: this module has %n serial port(s)</source>
        <translation>
            <numerusform>%1：此模块有 %n 个串口</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: this module has no USR-cloud parameters</source>
        <translation>%1：此模块没有有人云参数</translation>
    </message>
    <message>
        <source>read reply of %1 bytes: a read holds at least the %2-byte basic block and at most %3 bytes</source>
        <translation>读取应答 %1 字节：读取应答至少包含 %2 字节的基本参数块，至多 %3 字节</translation>
    </message>
    <message>
        <source>%1: this module&apos;s model is not known, so where it keeps this parameter is not known either; it is left as it is</source>
        <translation>%1：此模块的型号未知，因此也不知道它把该参数存放在哪里；保持原样</translation>
    </message>
    <message>
        <source>%1: the %2 has no such parameter</source>
        <translation>%1：%2 没有此参数</translation>
    </message>
    <message>
        <source>%1: the %2 reports no USR-cloud parameters in a read</source>
        <translation>%1：%2 的读取应答中没有透传云参数</translation>
    </message>
    <message>
        <source>%1: the %2 keeps it outside the setting protocol; set it with %3 over net AT or the serial line (s2ectl at MAC &quot;%3=VALUE&quot;, or the AT console)</source>
        <translation>%1：%2 不在设置协议中保存此参数；请通过网络 AT 或串口用 %3 设置（s2ectl at MAC &quot;%3=值&quot;，或 AT 控制台）</translation>
    </message>
    <message>
        <source>%1: this module&apos;s model is not known, and the models keep this value differently; it is left as it is</source>
        <translation>%1：此模块的型号未知，而各型号保存此值的方式不同；保持原样</translation>
    </message>
</context>
<context>
    <name>EndpointSpec</name>
    <message>
        <source>%1: &quot;%2&quot; is not a port number (0-65535)</source>
        <translation>%1：“%2”不是端口号（0-65535）</translation>
    </message>
    <message>
        <source>%1: expected HOST:PORT, got &quot;%2&quot;</source>
        <translation>%1：应为 主机:端口，实际为“%2”</translation>
    </message>
    <message>
        <source>%1: port 0 cannot be reached</source>
        <translation>%1：无法连接端口 0</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>UDP: expected LOCAL:PORT[,REMOTE:PORT], got &quot;%1&quot;</source>
        <translation>UDP：应为 本地:端口[,远程:端口]，实际为“%1”</translation>
    </message>
    <message>
        <source>UDP local</source>
        <translation>UDP 本地</translation>
    </message>
    <message>
        <source>UDP local: &quot;%1&quot; is not an address</source>
        <translation>UDP 本地：“%1”不是地址</translation>
    </message>
    <message>
        <source>UDP remote</source>
        <translation>UDP 远程</translation>
    </message>
    <message>
        <source>UDP remote: &quot;%1&quot; is not an address</source>
        <translation>UDP 远程：“%1”不是地址</translation>
    </message>
    <message>
        <source>WebSocket: &quot;%1&quot; is not a ws:// address</source>
        <translation>WebSocket：“%1”不是 ws:// 地址</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the baud rate after @ is not a number</source>
        <translation>“%1”：@ 之后的波特率不是数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: no serial port</source>
        <translation>“%1”：没有串口</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not tcp://HOST:PORT, listen:PORT, udp:PORT, serial:PATH or ws://URL</source>
        <translation>“%1”不是 tcp://主机:端口、listen:端口、udp:端口、serial:路径 或 ws://URL</translation>
    </message>
</context>
<context>
    <name>FieldDef</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>an IPv4 address such as 192.168.0.7</source>
        <translation>IPv4 地址，例如 192.168.0.7</translation>
    </message>
    <message>
        <source>%1 to %2 printable ASCII characters</source>
        <translation>%1 到 %2 个可打印 ASCII 字符</translation>
    </message>
    <message numerus="yes">
        <source>at most %n printable ASCII characters</source>
        <translation>
            <numerusform>最多 %n 个可打印 ASCII 字符</numerusform>
        </translation>
    </message>
    <message>
        <source>a MAC address such as D8:B0:4C:C0:0D:65</source>
        <translation>MAC 地址，例如 D8:B0:4C:C0:0D:65</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>%1: %2 is not allowed; expected %3</source>
        <translation>%1：%2 不允许；应为 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Port %1 › %2</source>
        <translation>端口 %1 › %2</translation>
    </message>
    <message>
        <source>0 (off) or a whole number from %1 to %2</source>
        <translation>0（关闭）或 %1 到 %2 之间的整数</translation>
    </message>
</context>
<context>
    <name>FieldTable</name>
    <message>
        <source>Static address or DHCP</source>
        <translation>静态地址或 DHCP</translation>
    </message>
    <message>
        <source>IP mode</source>
        <translation>IP 模式</translation>
    </message>
    <message>
        <source>The module&apos;s static IPv4 address</source>
        <translation>模块的静态 IPv4 地址</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Subnet mask of the static address</source>
        <translation>静态地址的子网掩码</translation>
    </message>
    <message>
        <source>Subnet mask</source>
        <translation>子网掩码</translation>
    </message>
    <message>
        <source>Default gateway (router) address</source>
        <translation>默认网关（路由器）地址</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>Module name shown in search results</source>
        <translation>搜索结果中显示的模块名称</translation>
    </message>
    <message>
        <source>Module name</source>
        <translation>模块名称</translation>
    </message>
    <message>
        <source>User name for the web page and setting protocol</source>
        <translation>网页和设置协议的用户名</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password for the web page and setting protocol</source>
        <translation>网页和设置协议的密码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>TCP port of the built-in web server</source>
        <translation>内置网页服务器的 TCP 端口</translation>
    </message>
    <message>
        <source>Web server port</source>
        <translation>网页服务器端口</translation>
    </message>
    <message>
        <source>WebSocket port</source>
        <translation>WebSocket 端口</translation>
    </message>
    <message>
        <source>Device ID sent as a registration packet</source>
        <translation>作为注册包发送的设备 ID</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>When the device ID is sent: off, on connect, with every packet, or both</source>
        <translation>何时发送设备 ID：关闭、连接时、每包携带或两者</translation>
    </message>
    <message>
        <source>Send device ID</source>
        <translation>发送设备 ID</translation>
    </message>
    <message>
        <source>User-defined MAC address of the module</source>
        <translation>模块的用户自定义 MAC 地址</translation>
    </message>
    <message>
        <source>User MAC address</source>
        <translation>用户 MAC 地址</translation>
    </message>
    <message>
        <source>Serial baud rate</source>
        <translation>串口波特率</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>Serial data bits</source>
        <translation>串口数据位</translation>
    </message>
    <message>
        <source>Data bits</source>
        <translation>数据位</translation>
    </message>
    <message>
        <source>Serial parity</source>
        <translation>串口校验位</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>校验位</translation>
    </message>
    <message>
        <source>Serial stop bits</source>
        <translation>串口停止位</translation>
    </message>
    <message>
        <source>Stop bits</source>
        <translation>停止位</translation>
    </message>
    <message>
        <source>Flow control; without RTS/CTS, firmware 3010 and later drive RS485 direction</source>
        <translation>流控；不用 RTS/CTS 时，固件 3010 及以后用它控制 RS485 方向</translation>
    </message>
    <message>
        <source>Flow control</source>
        <translation>流控</translation>
    </message>
    <message>
        <source>Work mode of the port&apos;s network side</source>
        <translation>端口网络侧的工作模式</translation>
    </message>
    <message>
        <source>Work mode</source>
        <translation>工作模式</translation>
    </message>
    <message>
        <source>Local TCP/UDP port; 0 picks a random one (recommended for TCP client)</source>
        <translation>本地 TCP/UDP 端口；0 表示随机（TCP 客户端推荐）</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>Remote IP address or domain name</source>
        <translation>远程 IP 地址或域名</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>远程主机</translation>
    </message>
    <message>
        <source>Remote TCP/UDP port</source>
        <translation>远程 TCP/UDP 端口</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>远程端口</translation>
    </message>
    <message>
        <source>Network reconnect timeout in seconds</source>
        <translation>网络重连超时（秒）</translation>
    </message>
    <message>
        <source>Reconnect timeout</source>
        <translation>重连超时</translation>
    </message>
    <message>
        <source>Serial packing length in bytes (0 = off)</source>
        <translation>串口打包长度，字节（0 = 关闭）</translation>
    </message>
    <message>
        <source>Packing length</source>
        <translation>打包长度</translation>
    </message>
    <message>
        <source>Serial packing time in ms (0 = 4 character times)</source>
        <translation>串口打包时间，毫秒（0 = 4 个字符时间）</translation>
    </message>
    <message>
        <source>Packing time</source>
        <translation>打包时间</translation>
    </message>
    <message>
        <source>Convert Modbus TCP to Modbus RTU</source>
        <translation>将 Modbus TCP 转换为 Modbus RTU</translation>
    </message>
    <message>
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <source>Follow similar-RFC2217 serial setting packets</source>
        <translation>遵循类 RFC2217 串口设置包</translation>
    </message>
    <message>
        <source>Similar RFC2217</source>
        <translation>类 RFC2217</translation>
    </message>
    <message>
        <source>Connect to USR-cloud (TCP client mode only)</source>
        <translation>连接有人云（仅 TCP 客户端模式）</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>云服务</translation>
    </message>
    <message>
        <source>USR-cloud device ID</source>
        <translation>有人云设备 ID</translation>
    </message>
    <message>
        <source>Cloud device ID</source>
        <translation>云设备 ID</translation>
    </message>
    <message>
        <source>USR-cloud communication code</source>
        <translation>有人云通讯密码</translation>
    </message>
    <message>
        <source>Cloud password</source>
        <translation>云密码</translation>
    </message>
    <message>
        <source>HTTP method of HTTPD client mode</source>
        <translation>HTTPD 客户端模式的 HTTP 方法</translation>
    </message>
    <message>
        <source>HTTPD method</source>
        <translation>HTTPD 方法</translation>
    </message>
    <message>
        <source>TCP server: clients at once; over the limit the oldest is dropped</source>
        <translation>TCP 服务器同时连接的客户端数；超出时断开最早的连接</translation>
    </message>
    <message>
        <source>Maximum TCP clients</source>
        <translation>最大 TCP 客户端数</translation>
    </message>
    <message>
        <source>Static IP</source>
        <translation>静态 IP</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>On connect</source>
        <translation>连接时</translation>
    </message>
    <message>
        <source>With every packet</source>
        <translation>每个数据包</translation>
    </message>
    <message>
        <source>On connect and with every packet</source>
        <translation>连接时和每个数据包</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>RTS/CTS</source>
        <translation>RTS/CTS</translation>
    </message>
    <message>
        <source>GET</source>
        <translation>GET</translation>
    </message>
    <message>
        <source>POST</source>
        <translation>POST</translation>
    </message>
    <message>
        <source>UDP Client</source>
        <translation>UDP 客户端</translation>
    </message>
    <message>
        <source>TCP Client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>UDP Server</source>
        <translation>UDP 服务器</translation>
    </message>
    <message>
        <source>TCP Server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>HTTPD Client</source>
        <translation>HTTPD 客户端</translation>
    </message>
    <message>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Restart the module after this long without data (0 = off)</source>
        <translation>无数据达到此时长后重启模块（0 = 关闭）</translation>
    </message>
    <message>
        <source>Restart after no data</source>
        <translation>无数据重启</translation>
    </message>
    <message>
        <source>TCP port of the web-to-serial WebSocket (0 = off)</source>
        <translation>网页转串口 WebSocket 的 TCP 端口（0 = 关闭）</translation>
    </message>
</context>
<context>
    <name>FirmwareImage</name>
    <message>
        <source>the firmware image is %1 bytes: too small to hold a vector table</source>
        <translation>固件映像为 %1 字节：太小，放不下向量表</translation>
    </message>
    <message>
        <source>the firmware image is %1 bytes, over the application area of %2 bytes</source>
        <translation>固件映像为 %1 字节，超过 %2 字节的应用区</translation>
    </message>
    <message>
        <source>the initial stack pointer 0x%1 is not inside SRAM (0x%2-0x%3)</source>
        <translation>初始栈指针 0x%1 不在 SRAM 内（0x%2-0x%3）</translation>
    </message>
    <message>
        <source>the reset vector 0x%1 is even; Cortex-M code needs the Thumb bit</source>
        <translation>复位向量 0x%1 为偶数；Cortex-M 代码需要 Thumb 位</translation>
    </message>
    <message>
        <source>the reset vector 0x%1 points outside the image (0x%2-0x%3)</source>
        <translation>复位向量 0x%1 指向映像之外（0x%2-0x%3）</translation>
    </message>
    <message>
        <source>the firmware image is empty</source>
        <translation>固件映像为空</translation>
    </message>
    <message>
        <source>the module reports encryption version %1, so its images are encrypted: only the image&apos;s size was checked, not its vector table</source>
        <translation>模块报告加密版本 %1，其固件映像是加密的：只检查了映像大小，未检查向量表</translation>
    </message>
</context>
<context>
    <name>FsImage</name>
    <message>
        <source>%1: a path must start with / and be printable ASCII</source>
        <translation>%1：路径必须以 / 开头且为可打印 ASCII</translation>
    </message>
    <message>
        <source>the web page image is %1 bytes, over the module&apos;s limit of %2 bytes</source>
        <translation>网页映像为 %1 字节，超过模块 %2 字节的上限</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>web page image of %1 bytes is too short</source>
        <translation>%1 字节的网页映像太短</translation>
    </message>
    <message>
        <source>web page image of %1 bytes is over the limit of %2</source>
        <translation>%1 字节的网页映像超过上限 %2</translation>
    </message>
    <message>
        <source>the image&apos;s file records form a loop</source>
        <translation>映像的文件记录形成了循环</translation>
    </message>
    <message>
        <source>file record at 0x%1 lies outside the image</source>
        <translation>位于 0x%1 的文件记录在映像之外</translation>
    </message>
    <message>
        <source>file record at 0x%1 points outside the image</source>
        <translation>位于 0x%1 的文件记录指向映像之外</translation>
    </message>
    <message>
        <source>a file name at 0x%1 has no end</source>
        <translation>位于 0x%1 的文件名没有结尾</translation>
    </message>
    <message>
        <source>the file name at 0x%1 is not a path (/ then printable ASCII)</source>
        <translation>位于 0x%1 的文件名不是路径（应以 / 开头，后接可打印 ASCII 字符）</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>LineLost</name>
    <message>
        <source>the device went away</source>
        <translation>设备已断开</translation>
    </message>
    <message>
        <source>the line hung up</source>
        <translation>线路已挂断</translation>
    </message>
</context>
<context>
    <name>Modbus</name>
    <message>
        <source>protocol identifier %1, not 0 (Modbus)</source>
        <translation>协议标识 %1，不是 0（Modbus）</translation>
    </message>
    <message>
        <source>MBAP length %1 out of 2 to %2</source>
        <translation>MBAP 长度 %1 不在 2 到 %2 之间</translation>
    </message>
    <message numerus="yes">
        <source>an RTU frame of %n byte(s)</source>
        <translation>
            <numerusform>%n 字节的 RTU 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>CRC %1, expected %2</source>
        <translation>CRC 为 %1，应为 %2</translation>
    </message>
</context>
<context>
    <name>ModelDef</name>
    <message>
        <source>unknown model</source>
        <translation>未知型号</translation>
    </message>
    <message>
        <source> (also %1)</source>
        <translation>（另有 %1）</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2：%3</translation>
    </message>
</context>
<context>
    <name>ParamBlock</name>
    <message>
        <source>basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>USR-cloud</source>
        <translation>有人云</translation>
    </message>
    <message>
        <source>%1 parameter block of %2 bytes: expected %3</source>
        <translation>%1 参数块为 %2 字节：应为 %3</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>not an s2e-studio profile (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>不是 s2e-studio 配置文件（&quot;format&quot; 不是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>profile version %1 is not supported (this program reads version %2)</source>
        <translation>不支持配置文件版本 %1（本程序读取版本 %2）</translation>
    </message>
    <message>
        <source>the profile has no &quot;fields&quot; object</source>
        <translation>配置文件没有 &quot;fields&quot; 对象</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>未知参数“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1：不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (known: %2)</source>
        <translation>未知型号“%1”（已知：%2）</translation>
    </message>
</context>
<context>
    <name>ReadReplyAssembler</name>
    <message numerus="yes">
        <source>%n byte(s) in %1</source>
        <translation>
            <numerusform>%n 字节，分 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n datagram(s)</source>
        <translation>
            <numerusform>%n 个数据报</numerusform>
        </translation>
    </message>
    <message>
        <source>; the %1 answers %2</source>
        <translation>；%1 的应答为 %2</translation>
    </message>
</context>
<context>
    <name>RequestFrame</name>
    <message>
        <source>%1 &quot;%2&quot; is not allowed: at most %3 printable ASCII characters</source>
        <translation>%1“%2”不允许：最多 %3 个可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>the search command carries no MAC or credentials</source>
        <translation>搜索命令不带 MAC 和凭据</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>%1 carries %2 parameter bytes, not %3</source>
        <translation>%1 带有 %2 个参数字节，而不是 %3</translation>
    </message>
    <message>
        <source>request of %1 bytes is too short: at least 4 expected</source>
        <translation>%1 字节的请求太短：至少应为 4 字节</translation>
    </message>
    <message>
        <source>request does not start with FF</source>
        <translation>请求不以 FF 开头</translation>
    </message>
    <message>
        <source>request length byte says %1 bytes follow, the datagram holds %2</source>
        <translation>请求长度字节表示后面有 %1 字节，数据报实际有 %2</translation>
    </message>
    <message>
        <source>unknown command 0x%1</source>
        <translation>未知命令 0x%1</translation>
    </message>
    <message>
        <source>search request of %1 bytes: expected 4</source>
        <translation>搜索请求为 %1 字节：应为 4</translation>
    </message>
    <message>
        <source>%1 request of %2 bytes: expected %3</source>
        <translation>%1 请求为 %2 字节：应为 %3</translation>
    </message>
</context>
<context>
    <name>Rfc2217Packet</name>
    <message>
        <source>baud rate %1 does not fit the packet (1 to %2)</source>
        <translation>波特率 %1 超出数据包范围（1 到 %2）</translation>
    </message>
    <message>
        <source>data bits %1: expected 5 to 8</source>
        <translation>数据位 %1：应为 5 到 8</translation>
    </message>
    <message>
        <source>stop bits %1: expected 1 or 2</source>
        <translation>停止位 %1：应为 1 或 2</translation>
    </message>
    <message>
        <source>RFC2217 packet of %1 bytes: expected 8</source>
        <translation>RFC2217 数据包为 %1 字节：应为 8</translation>
    </message>
    <message>
        <source>RFC2217 packet does not start with 55 AA 55</source>
        <translation>RFC2217 数据包不以 55 AA 55 开头</translation>
    </message>
</context>
<context>
    <name>SearchReply</name>
    <message>
        <source>search reply of %1 bytes: expected 36</source>
        <translation>搜索应答为 %1 字节：应为 36</translation>
    </message>
    <message>
        <source>search reply does not start with FF</source>
        <translation>搜索应答不以 FF 开头</translation>
    </message>
    <message>
        <source>search reply length byte is %1, the datagram holds 36 bytes</source>
        <translation>搜索应答长度字节为 %1，数据报有 36 字节</translation>
    </message>
    <message>
        <source>search reply has command byte 0x%1, expected 01</source>
        <translation>搜索应答的命令字节为 0x%1，应为 01</translation>
    </message>
</context>
<context>
    <name>SendText</name>
    <message>
        <source>&quot;%1&quot; at %2 is not a single byte: use \xNN</source>
        <translation>第 %2 个字符“%1”不是单字节：请用 \xNN</translation>
    </message>
    <message>
        <source>a lone \ at the end: write \\ for a backslash</source>
        <translation>末尾有单独的 \：反斜杠请写成 \\</translation>
    </message>
    <message>
        <source>\x at %1 needs two hex digits</source>
        <translation>第 %1 个位置的 \x 需要两位十六进制数字</translation>
    </message>
    <message>
        <source>unknown escape \%1 at %2 (use \r \n \t \0 \\ \xNN)</source>
        <translation>第 %2 个位置有未知转义 \%1（可用 \r \n \t \0 \\ \xNN）</translation>
    </message>
    <message>
        <source>half a byte before position %1: write two hex digits per byte</source>
        <translation>第 %1 个位置前只有半个字节：每个字节写两位十六进制数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at %2 is not a hex digit</source>
        <translation>第 %2 个字符“%1”不是十六进制数字</translation>
    </message>
    <message>
        <source>odd number of hex digits: the last byte is incomplete</source>
        <translation>十六进制数字个数为奇数：最后一个字节不完整</translation>
    </message>
</context>
<context>
    <name>SerialNames</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Odd</source>
        <translation>奇校验</translation>
    </message>
    <message>
        <source>Even</source>
        <translation>偶校验</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>RTS/CTS</source>
        <translation>RTS/CTS</translation>
    </message>
    <message>
        <source>XON/XOFF</source>
        <translation>XON/XOFF</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>SettingPort</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>expected a port from 1 to 65535, or STANDARD=PORT, got &quot;%1&quot;</source>
        <translation>应为 1 到 65535 的端口号，或 标准端口=端口，实际为“%1”</translation>
    </message>
    <message>
        <source>%1 is no family&apos;s setting port (they are %2)</source>
        <translation>%1 不是任何型号的设置端口（设置端口为 %2）</translation>
    </message>
</context>
<context>
    <name>ShortReply</name>
    <message>
        <source>short reply does not start with FF 01</source>
        <translation>短应答不以 FF 01 开头</translation>
    </message>
    <message>
        <source>short reply with unknown status 0x%1</source>
        <translation>短应答的状态 0x%1 未知</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>module rejected the user name or password</source>
        <translation>模块拒绝了用户名或密码</translation>
    </message>
    <message>
        <source>module rejected the command</source>
        <translation>模块拒绝了命令</translation>
    </message>
    <message>
        <source>short reply of %1 bytes: expected 4 (5 for an error with a checksum)</source>
        <translation>短应答为 %1 字节：应为 4 字节（带校验和的错误应答为 5 字节）</translation>
    </message>
    <message>
        <source>short reply of 5 bytes with status &apos;%1&apos;: only an error carries a checksum</source>
        <translation>状态为“%1”的 5 字节短应答：只有错误应答携带校验和</translation>
    </message>
    <message>
        <source>%1 (it computed the checksum 0x%2)</source>
        <translation>%1（模块计算的校验和为 0x%2）</translation>
    </message>
</context>
<context>
    <name>T24Reply</name>
    <message>
        <source>T24 search reply of %1 bytes: expected %2</source>
        <translation>T24 搜索应答为 %1 字节：应为 %2</translation>
    </message>
    <message>
        <source>T24 search reply starts with a group MAC address</source>
        <translation>T24 搜索应答以组播 MAC 地址开头</translation>
    </message>
</context>
<context>
    <name>TftpPacket</name>
    <message>
        <source>TFTP packet of %1 bytes is too short</source>
        <translation>%1 字节的 TFTP 数据包太短</translation>
    </message>
    <message>
        <source>TFTP request without a file name and mode</source>
        <translation>TFTP 请求没有文件名和模式</translation>
    </message>
    <message>
        <source>TFTP data block of %1 bytes is over 512</source>
        <translation>TFTP 数据块为 %1 字节，超过 512</translation>
    </message>
    <message>
        <source>TFTP acknowledgement of %1 bytes: expected 4</source>
        <translation>TFTP 确认为 %1 字节：应为 4</translation>
    </message>
    <message>
        <source>unknown TFTP opcode %1</source>
        <translation>未知 TFTP 操作码 %1</translation>
    </message>
</context>
<context>
    <name>TrafficLog</name>
    <message>
        <source>%1: %2; logging to it stopped</source>
        <translation>%1：%2；已停止记录到该文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source># %n older chunk(s) were dropped from memory before this
</source>
        <translation>
            <numerusform># 此前有 %n 个较早的数据块已从内存中丢弃
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2e::AtJob</name>
    <message>
        <source>net AT</source>
        <translation>网络 AT</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>enter command mode</source>
        <translation>进入命令模式</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>leave command mode</source>
        <translation>退出命令模式</translation>
    </message>
    <message>
        <source>find the module</source>
        <translation>查找模块</translation>
    </message>
    <message>
        <source>no module answered the net AT keyword</source>
        <translation>没有模块应答网络 AT 关键字</translation>
    </message>
    <message>
        <source>several modules answered: %1; choose one with its address</source>
        <translation>有多个模块应答：%1；请用地址选择一个</translation>
    </message>
    <message>
        <source>%1: a command was refused or not answered</source>
        <translation>%1：有命令被拒绝或未应答</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 command(s); AT+ENTM was not sent, so a serial module may still be in command mode</source>
        <translation>已在 %2 条命令中的第 %1 条后取消；未发送 AT+ENTM，串口模块可能仍处于命令模式</translation>
    </message>
    <message>
        <source>%1: the line was closed</source>
        <translation>%1：线路已关闭</translation>
    </message>
    <message>
        <source>cancelled while changing mode; the module may be in either mode</source>
        <translation>切换模式时已取消；模块可能处于任一模式</translation>
    </message>
</context>
<context>
    <name>s2e::AtSession</name>
    <message>
        <source>already entering command mode</source>
        <translation>正在进入命令模式</translation>
    </message>
    <message>
        <source>AT+ENTM: %1</source>
        <translation>AT+ENTM：%1</translation>
    </message>
    <message>
        <source>%1: the module is not in command mode</source>
        <translation>%1：模块不在命令模式</translation>
    </message>
    <message>
        <source>the module answered %1 instead of +ok</source>
        <translation>模块应答 %1，而不是 +ok</translation>
    </message>
    <message>
        <source>no answer to +++ within %1 ms (is the baud rate right? a module already in command mode with echo off does not answer it either)</source>
        <translation>%1 毫秒内 +++ 无应答（波特率是否正确？已处于命令模式且关闭回显的模块也不会应答）</translation>
    </message>
    <message>
        <source>no +ok within %1 ms after answering a</source>
        <translation>应答 a 后 %1 毫秒内没有 +ok</translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation>%1：%2 毫秒内无应答</translation>
    </message>
</context>
<context>
    <name>s2e::BatchApply</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cancelled before it started: the module is unchanged</source>
        <translation>%1：开始前已取消：模块未改变</translation>
    </message>
</context>
<context>
    <name>s2e::BatchJob</name>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 modules done</source>
        <translation>已完成 %1/%2 个模块</translation>
    </message>
    <message>
        <source>%1 of %2 module(s) failed: %3</source>
        <translation>%2 个模块中有 %1 个失败：%3</translation>
    </message>
    <message>
        <source>batch cancelled after %1 of %2 modules; each module&apos;s row says what it was left with</source>
        <translation>批量操作在完成 %1/%2 个模块后取消；每个模块的行说明了它的状态</translation>
    </message>
</context>
<context>
    <name>s2e::ConfigClient</name>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>validate</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>store</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>wait for the module after restart</source>
        <translation>等待模块重启完成</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>factory reset</source>
        <translation>恢复出厂设置</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>serial port %1 parameters</source>
        <translation>串口 %1 参数</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1参数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the module did not answer a search within %1 ms</source>
        <translation>模块在 %1 毫秒内未应答搜索</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot;</source>
        <translation>未知参数“%1”</translation>
    </message>
    <message>
        <source>another apply is in progress</source>
        <translation>另一个应用操作正在进行</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 为 %2，应为 %3</translation>
    </message>
    <message numerus="yes">
        <source>no two of %n read(s) of the parameters agreed</source>
        <translation>
            <numerusform>%n 次读取的参数中没有两次一致</numerusform>
        </translation>
    </message>
    <message>
        <source>the %1 takes no %2 command</source>
        <translation>%1 不支持 %2 命令</translation>
    </message>
    <message>
        <source>cancelled before anything was written: the module is unchanged</source>
        <translation>在写入前已取消：模块未改变</translation>
    </message>
    <message>
        <source>cancelled while writing: not stored; the module runs the old parameters until it restarts, and a read shows what was written</source>
        <translation>写入时已取消：未保存；模块在重启前按旧参数运行，读取会显示已写入的内容</translation>
    </message>
    <message>
        <source>cancelled while storing: the new parameters may be stored; they take effect at the next restart</source>
        <translation>保存时已取消：新参数可能已保存，下次重启后生效</translation>
    </message>
    <message>
        <source>cancelled after storing: the module restarts with the new parameters; not verified</source>
        <translation>保存后已取消：模块将以新参数重启；未校验</translation>
    </message>
    <message>
        <source>cancelled while verifying: the module runs the new parameters; not verified</source>
        <translation>校验时已取消：模块按新参数运行；未校验</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the %1 answers only its own older search: it is listed, not configured</source>
        <translation>%1 只应答其旧式搜索：仅列出，不能配置</translation>
    </message>
    <message>
        <source> (the module took no store command, and did not keep what was written across its restart)</source>
        <translation>（模块不接受保存命令，重启后也没有保留写入的内容）</translation>
    </message>
</context>
<context>
    <name>s2e::ConsoleSession</name>
    <message>
        <source>%1 closed while the file was being sent</source>
        <translation>发送文件时 %1 已关闭</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>没有要发送的内容</translation>
    </message>
    <message>
        <source>%1: not sent</source>
        <translation>%1：未发送</translation>
    </message>
    <message>
        <source>the period must be at least %1 ms</source>
        <translation>周期至少为 %1 毫秒</translation>
    </message>
    <message>
        <source>a file is already being sent</source>
        <translation>已在发送一个文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 未打开</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 bytes</source>
        <translation>已发送 %1/%2 字节后取消</translation>
    </message>
</context>
<context>
    <name>s2e::DeviceManager</name>
    <message>
        <source>reading</source>
        <translation>正在读取</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>restoring factory parameters</source>
        <translation>正在恢复出厂参数</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <source>working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 — wait until it ends</source>
        <translation>%1：%2 —— 请等待其结束</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1：%2…</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: nothing to retry</source>
        <translation>%1：没有可重试的操作</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>factory reset</source>
        <translation>恢复出厂</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>factory parameters restored</source>
        <translation>已恢复出厂参数</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>已重启</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1已取消</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1失败</translation>
    </message>
    <message>
        <source>%1: in a batch — wait until it ends</source>
        <translation>%1：正在批量操作中 —— 请等待其结束</translation>
    </message>
    <message>
        <source>waiting in a batch</source>
        <translation>在批量操作中等待</translation>
    </message>
    <message>
        <source>saving: %1…</source>
        <translation>正在保存：%1…</translation>
    </message>
    <message>
        <source>batch failed</source>
        <translation>批量操作失败</translation>
    </message>
</context>
<context>
    <name>s2e::Endpoint</name>
    <message>
        <source>%1: no peer %2</source>
        <translation>%1：没有对端 %2</translation>
    </message>
</context>
<context>
    <name>s2e::FirmwareUpgrader</name>
    <message>
        <source>timed out after %1 s while at: %2</source>
        <translation>%1 秒后超时，当时正在：%2</translation>
    </message>
    <message>
        <source>check the image</source>
        <translation>检查映像</translation>
    </message>
    <message>
        <source>open the BOOTP and TFTP ports</source>
        <translation>打开 BOOTP 和 TFTP 端口</translation>
    </message>
    <message>
        <source>wake the boot loader</source>
        <translation>唤醒引导程序</translation>
    </message>
    <message>
        <source>answer BOOTP</source>
        <translation>应答 BOOTP</translation>
    </message>
    <message>
        <source>send the image by TFTP</source>
        <translation>通过 TFTP 发送映像</translation>
    </message>
    <message>
        <source>wait for the new firmware</source>
        <translation>等待新固件</translation>
    </message>
    <message>
        <source>cannot listen on UDP port %1: %2</source>
        <translation>无法监听 UDP 端口 %1：%2</translation>
    </message>
    <message>
        <source>. Ports below 1024 need privileges: allow this program once with &apos;sudo setcap cap_net_bind_service=+ep &lt;path of the program&gt;&apos;, or run it as administrator</source>
        <translation>。1024 以下的端口需要权限：用 “sudo setcap cap_net_bind_service=+ep &lt;程序路径&gt;” 授权一次，或以管理员身份运行</translation>
    </message>
    <message>
        <source>%1: upgrade: %2</source>
        <translation>%1：升级：%2</translation>
    </message>
    <message>
        <source>refused: %1 (--force sends it anyway)</source>
        <translation>已拒绝：%1（--force 可强制发送）</translation>
    </message>
    <message>
        <source>cancelled while at: %1</source>
        <translation>在此步骤时取消：%1</translation>
    </message>
    <message>
        <source>the module stopped the transfer at block %1: %2</source>
        <translation>模块在第 %1 块停止了传输：%2</translation>
    </message>
    <message>
        <source>the image was sent but the module did not answer a search within %1 s</source>
        <translation>映像已发送，但模块在 %1 秒内未应答搜索</translation>
    </message>
    <message>
        <source>find the module</source>
        <translation>查找模块</translation>
    </message>
    <message>
        <source>the module did not answer a search within %1 ms, so the address to give its boot loader is unknown; if it waits in its boot loader already, give --module-ip (and --server-ip)</source>
        <translation>模块在 %1 毫秒内未应答搜索，无法确定分配给其引导程序的地址；如果它已在引导程序中等待，请指定 --module-ip（以及 --server-ip）</translation>
    </message>
    <message>
        <source>cannot tell which of this machine&apos;s addresses the module at %1 reaches; give --server-ip</source>
        <translation>无法确定位于 %1 的模块能访问本机的哪个地址；请指定 --server-ip</translation>
    </message>
    <message>
        <source>the module did not answer a search (waiting in its boot loader?): its boot loader gets %1, and the image is checked as a plain one</source>
        <translation>模块未应答搜索（是否在引导程序中等待？）：其引导程序获得地址 %1，映像按未加密映像检查</translation>
    </message>
    <message>
        <source>this server serves %1 only</source>
        <translation>此服务器只为 %1 服务</translation>
    </message>
</context>
<context>
    <name>s2e::Job</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cancelled during %1</source>
        <translation>在%1时已取消</translation>
    </message>
</context>
<context>
    <name>s2e::ModbusPollJob</name>
    <message>
        <source>illegal function</source>
        <translation>非法功能码</translation>
    </message>
    <message>
        <source>illegal data address</source>
        <translation>非法数据地址</translation>
    </message>
    <message>
        <source>illegal data value</source>
        <translation>非法数据值</translation>
    </message>
    <message>
        <source>server device failure</source>
        <translation>从站设备故障</translation>
    </message>
    <message>
        <source>gateway path unavailable</source>
        <translation>网关路径不可用</translation>
    </message>
    <message>
        <source>gateway target device failed to respond</source>
        <translation>网关目标设备无响应</translation>
    </message>
    <message>
        <source>exception</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not HOST:PORT</source>
        <translation>“%1”不是 主机:端口</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation>%1 单元 %2</translation>
    </message>
    <message>
        <source>%1: exception 0x%2 (%3)</source>
        <translation>%1：异常 0x%2（%3）</translation>
    </message>
    <message>
        <source>%1: no answer in %2 ms</source>
        <translation>%1：%2 毫秒内无应答</translation>
    </message>
    <message>
        <source>%1 of %2 request(s) failed; the first: %3</source>
        <translation>%2 个请求中有 %1 个失败；第一个：%3</translation>
    </message>
</context>
<context>
    <name>s2e::NetAtClient</name>
    <message>
        <source>net AT: another exchange is in progress</source>
        <translation>网络 AT：另一个交互正在进行</translation>
    </message>
    <message>
        <source>net AT: no module chosen</source>
        <translation>网络 AT：未选择模块</translation>
    </message>
    <message>
        <source>%1: the module at %2 does not answer the net AT keyword</source>
        <translation>%1：%2 上的模块不应答网络 AT 口令</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer from %2 after %n attempt(s)</source>
        <translation>
            <numerusform>%1：尝试 %n 次后 %2 仍无应答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2e::PseudoTerminal</name>
    <message>
        <source>cannot create a pseudo-terminal: %1</source>
        <translation>无法创建伪终端：%1</translation>
    </message>
    <message>
        <source>cannot create the link %1 to %2</source>
        <translation>无法创建指向 %2 的链接 %1</translation>
    </message>
    <message>
        <source>pseudo-terminals need a Unix system (Linux, macOS)</source>
        <translation>伪终端需要 Unix 系统（Linux、macOS）</translation>
    </message>
</context>
<context>
    <name>s2e::RestartJob</name>
    <message>
        <source>cancelled before anything was sent: the module is unchanged</source>
        <translation>在发送前已取消：模块未改变</translation>
    </message>
    <message>
        <source>cancelled during the factory reset: the factory parameters may be stored; they take effect at the next restart</source>
        <translation>恢复出厂时已取消：出厂参数可能已保存，下次重启后生效</translation>
    </message>
    <message>
        <source>cancelled during the restart: the module may be restarting</source>
        <translation>重启时已取消：模块可能正在重启</translation>
    </message>
    <message>
        <source>cancelled while waiting: the module restarts; whether it answers again was not checked</source>
        <translation>等待时已取消：模块正在重启；未确认其是否再次应答</translation>
    </message>
</context>
<context>
    <name>s2e::SerialEndpoint</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: the port refused its settings: %2</source>
        <translation>%1：端口拒绝了设置：%2</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>%1 已打开</translation>
    </message>
    <message>
        <source>%1: not open</source>
        <translation>%1：未打开</translation>
    </message>
    <message>
        <source>serial %1 at %2 %3%4%5</source>
        <translation>串口 %1，%2 %3%4%5</translation>
    </message>
</context>
<context>
    <name>s2e::SettingChannel</name>
    <message>
        <source>another request is still waiting for its answer</source>
        <translation>另一个请求仍在等待应答</translation>
    </message>
    <message numerus="yes">
        <source>no answer after %n attempt(s) of %1 ms</source>
        <translation>
            <numerusform>尝试 %n 次（每次 %1 毫秒）后仍无应答</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot send: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>module acknowledged the read but sent no parameters</source>
        <translation>模块确认了读取，但没有发送参数</translation>
    </message>
    <message>
        <source>; ignored: %1</source>
        <translation>；已忽略：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unexpected byte(s)</source>
        <translation>
            <numerusform>%n 个意外字节</numerusform>
        </translation>
    </message>
    <message>
        <source>a read reply too long to be one (%1)</source>
        <translation>读取应答过长，不可能是一个应答（%1）</translation>
    </message>
    <message>
        <source>a reply to %1</source>
        <translation>对 %1 的应答</translation>
    </message>
    <message>
        <source>a reply to unknown command 0x%1</source>
        <translation>对未知命令 0x%1 的应答</translation>
    </message>
    <message>
        <source>%1; some modules answer so to a wrong user name or password</source>
        <translation>%1；某些模块在用户名或密码错误时也这样应答</translation>
    </message>
    <message>
        <source>an incomplete read reply (%1)</source>
        <translation>不完整的读取应答（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>the module did not answer a search on UDP port %1</source>
        <translation>模块未应答 UDP 端口 %1 上的搜索</translation>
    </message>
</context>
<context>
    <name>s2e::SettingPortListener</name>
    <message>
        <source>cannot listen on UDP port %1 (%2): answers that modules broadcast to that port are not heard; answers to this program&apos;s own port still are</source>
        <translation>无法监听 UDP 端口 %1（%2）：收不到模块广播到该端口的应答；发往本程序自身端口的应答仍可收到</translation>
    </message>
</context>
<context>
    <name>s2e::TargetSockets</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot open a UDP socket: %2</source>
        <translation>%1：无法打开 UDP 套接字：%2</translation>
    </message>
</context>
<context>
    <name>s2e::TcpClientEndpoint</name>
    <message>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 关闭了连接</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>connecting to %1:%2</source>
        <translation>正在连接 %1:%2</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1：未连接</translation>
    </message>
    <message>
        <source>TCP client to %1:%2</source>
        <translation>连接 %1:%2 的 TCP 客户端</translation>
    </message>
</context>
<context>
    <name>s2e::TcpServerEndpoint</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>listening on port %1</source>
        <translation>正在监听端口 %1</translation>
    </message>
    <message>
        <source>%1: no client connected</source>
        <translation>%1：没有客户端连接</translation>
    </message>
    <message>
        <source>%1: no client %2</source>
        <translation>%1：没有客户端 %2</translation>
    </message>
    <message>
        <source>TCP server on port %1</source>
        <translation>端口 %1 上的 TCP 服务器</translation>
    </message>
</context>
<context>
    <name>s2e::UdpEndpoint</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>bound to port %1</source>
        <translation>已绑定端口 %1</translation>
    </message>
    <message>
        <source>%1: not open</source>
        <translation>%1：未打开</translation>
    </message>
    <message>
        <source>%1: %2 is a broadcast address; allow broadcast to send there</source>
        <translation>%1：%2 是广播地址；允许广播后才能发送</translation>
    </message>
    <message>
        <source>%1: no remote target, and nobody has sent anything yet</source>
        <translation>%1：没有远程目标，也还没有人发来数据</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not ADDRESS:PORT</source>
        <translation>%1：“%2”不是 地址:端口</translation>
    </message>
    <message>
        <source>UDP on port %1</source>
        <translation>端口 %1 上的 UDP</translation>
    </message>
    <message>
        <source>UDP on port %1 to %2</source>
        <translation>端口 %1 上发往 %2 的 UDP</translation>
    </message>
</context>
<context>
    <name>s2e::UpgradeJob</name>
    <message>
        <source>upgrade cancelled before anything was sent: the module is unchanged</source>
        <translation>升级在发送前已取消：模块未改变</translation>
    </message>
    <message>
        <source>upgrade cancelled after the transfer: the module starts its new firmware; not checked</source>
        <translation>传输完成后取消升级：模块将启动新固件；未确认</translation>
    </message>
    <message>
        <source>upgrade cancelled during %1: the module waits in its boot loader for the next attempt</source>
        <translation>在%1时取消升级：模块在引导程序中等待下一次尝试</translation>
    </message>
</context>
<context>
    <name>s2e::VirtualComBridge</name>
    <message>
        <source>no connection within %1 ms</source>
        <translation>%1 毫秒内未连接</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>等待重连</translation>
    </message>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2（%3）</translation>
    </message>
    <message>
        <source>virtual COM: no module address and port given</source>
        <translation>虚拟串口：未指定模块地址和端口</translation>
    </message>
    <message>
        <source>the module closed the connection</source>
        <translation>模块关闭了连接</translation>
    </message>
    <message>
        <source>%1; retrying in %2 ms</source>
        <translation>%1；%2 毫秒后重试</translation>
    </message>
    <message>
        <source>%1: serial settings %2 not sent: %3</source>
        <translation>%1：串口设置 %2 未发送：%3</translation>
    </message>
</context>
<context>
    <name>s2e::WebPageUploader</name>
    <message>
        <source>an upload is already running</source>
        <translation>已有上传正在进行</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1：无法连接：%2</translation>
    </message>
    <message>
        <source>%1: the connection closed before the handshake</source>
        <translation>%1：握手前连接已关闭</translation>
    </message>
    <message>
        <source>%1: connection lost at block %2 of %3: %4</source>
        <translation>%1：在第 %2/%3 块时连接断开：%4</translation>
    </message>
    <message>
        <source>%1: upload cancelled at block %2 of %3</source>
        <translation>%1：在第 %2/%3 块时取消上传</translation>
    </message>
    <message>
        <source>%1: no upload handshake (answered %2 instead of AA AA AA AA)</source>
        <translation>%1：上传握手失败（应答 %2，而不是 AA AA AA AA）</translation>
    </message>
    <message>
        <source>%1: wrong acknowledgement for block %2 of %3: %4</source>
        <translation>%1：第 %2/%3 块的确认错误：%4</translation>
    </message>
    <message>
        <source>%1: no connection within %2 ms</source>
        <translation>%1：%2 毫秒内未连接</translation>
    </message>
    <message>
        <source>%1: no upload handshake within %2 ms</source>
        <translation>%1：%2 毫秒内没有上传握手</translation>
    </message>
    <message>
        <source>%1: no acknowledgement for block %2 of %3 after %4 attempts</source>
        <translation>%1：第 %2/%3 块尝试 %4 次后仍无确认</translation>
    </message>
</context>
<context>
    <name>s2e::WebSocketEndpoint</name>
    <message>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>%1 closed: %2</source>
        <translation>%1 已关闭：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ws:// or wss:// address</source>
        <translation>“%1”不是 ws:// 或 wss:// 地址</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>%1: not connected</source>
        <translation>%1：未连接</translation>
    </message>
    <message>
        <source>WebSocket %1 (%2)</source>
        <translation>WebSocket %1（%2）</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>二进制</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 关闭了连接</translation>
    </message>
</context>
<context>
    <name>s2e::WebUploadJob</name>
    <message>
        <source>upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>upload cancelled: the module keeps its old web pages</source>
        <translation>已取消上传：模块保留原网页</translation>
    </message>
</context>
<context>
    <name>s2e::ui::AtConsole</name>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Network (net AT)</source>
        <translation>网络（网络 AT）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Enter command mode</source>
        <translation>进入命令模式</translation>
    </message>
    <message>
        <source>Leave command mode</source>
        <translation>退出命令模式</translation>
    </message>
    <message>
        <source>AT command, e.g. AT+VER (Tab completes, ↑↓ history)</source>
        <translation>AT 命令，例如 AT+VER（Tab 补全，↑↓ 历史）</translation>
    </message>
    <message>
        <source>Baud</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>« %1</source>
        <translation>« %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 open at %2 baud, transparent mode</source>
        <translation>%1 已打开，%2 波特，透传模式</translation>
    </message>
    <message>
        <source>net AT to %1, UDP port %2</source>
        <translation>网络 AT 到 %1，UDP 端口 %2</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 已关闭</translation>
    </message>
    <message>
        <source>net AT closed</source>
        <translation>网络 AT 已关闭</translation>
    </message>
    <message>
        <source>already in command mode</source>
        <translation>已在命令模式</translation>
    </message>
    <message>
        <source>command mode</source>
        <translation>命令模式</translation>
    </message>
    <message>
        <source>transparent mode</source>
        <translation>透传模式</translation>
    </message>
    <message>
        <source>%1 — not sent: %2</source>
        <translation>%1 —— 未发送：%2</translation>
    </message>
    <message>
        <source>%1 — not sent: open a serial port or a module first</source>
        <translation>%1 —— 未发送：请先打开串口或模块</translation>
    </message>
    <message>
        <source>%1 — not sent: enter command mode first, or it would reach the network as data</source>
        <translation>%1 —— 未发送：请先进入命令模式，否则它会作为数据发到网络</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) in the catalogue; type AT+ and a name.</source>
        <translation>
            <numerusform>目录中有 %n 条命令；输入 AT+ 和命令名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>net AT: commands go to the module</source>
        <translation>网络 AT：命令发往模块</translation>
    </message>
    <message>
        <source>transparent mode: data goes to the network</source>
        <translation>透传模式：数据发往网络</translation>
    </message>
    <message>
        <source>module address (empty: the one that answers)</source>
        <translation>模块地址（留空：使用应答的模块）</translation>
    </message>
    <message>
        <source>net AT: asking every module on the search targets, UDP port %1</source>
        <translation>网络 AT：向搜索目标上的所有模块询问，UDP 端口 %1</translation>
    </message>
    <message>
        <source>net AT to %1 not opened: %2</source>
        <translation>未打开到 %1 的网络 AT：%2</translation>
    </message>
    <message>
        <source>net AT to %1 (%2), UDP port %3</source>
        <translation>网络 AT 连接 %1（%2），UDP 端口 %3</translation>
    </message>
</context>
<context>
    <name>s2e::ui::BatchDialog</name>
    <message>
        <source>Also copy the fields that identify a module (address, user MAC, name)</source>
        <translation>同时复制标识模块的字段（地址、用户 MAC、名称）</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n module(s)</source>
        <translation>
            <numerusform>应用到 %n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) to write, store and verify on each module below.</source>
        <translation>
            <numerusform>%1：在下列每个模块上写入、保存并核对 %n 个字段。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) saved and verified</source>
        <translation>
            <numerusform>已保存并核对 %n 个字段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n module(s) saved and verified.</source>
        <translation>
            <numerusform>全部 %n 个模块已保存并核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 module(s) failed; each row says why.</source>
        <translation>%2 个模块中有 %1 个失败；每行注明了原因。</translation>
    </message>
    <message numerus="yes">
        <source>; %n left out (not on this model)</source>
        <translation>
            <numerusform>；%n 项未写入（此型号没有）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the modules still running or waiting; each row says what it was left with</source>
        <translation>停止仍在进行或等待的模块；每一行说明了它的状态</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>s2e::ui::ConsolePane</name>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 kB/s</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Where Send goes: every peer, or one</source>
        <translation>发送目标：所有对端或其中一个</translation>
    </message>
    <message>
        <source>Close client</source>
        <translation>关闭客户端</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>发送到</translation>
    </message>
    <message>
        <source>file sent</source>
        <translation>文件已发送</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>RX %L1 bytes in %L2 frames, %3 · TX %L4 bytes in %L5 frames, %6</source>
        <translation>接收 %L1 字节 %L2 帧，%3 · 发送 %L4 字节 %L5 帧，%6</translation>
    </message>
    <message>
        <source>open the endpoint first</source>
        <translation>请先打开端点</translation>
    </message>
    <message>
        <source>Reset counts</source>
        <translation>计数清零</translation>
    </message>
    <message>
        <source>Open or close the connection (Ctrl+O)</source>
        <translation>打开或关闭连接（Ctrl+O）</translation>
    </message>
</context>
<context>
    <name>s2e::ui::DeviceTableModel</name>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>板卡</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>网卡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not known until the module&apos;s parameters are read</source>
        <translation>读取模块参数后才能确定</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
</context>
<context>
    <name>s2e::ui::EndpointForm</name>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>TCP server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>empty: answer whoever sent last</source>
        <translation>留空：回复最后发来数据的一方</translation>
    </message>
    <message>
        <source>Allow sending to a broadcast address</source>
        <translation>允许发送到广播地址</translation>
    </message>
    <message>
        <source>Remote host</source>
        <translation>远程主机</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>远程端口</translation>
    </message>
    <message>
        <source>Text messages (binary otherwise)</source>
        <translation>文本消息（否则为二进制）</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Any rate the port takes, custom ones included</source>
        <translation>端口支持的任意速率，包括自定义速率</translation>
    </message>
    <message>
        <source>RTS</source>
        <translation>RTS</translation>
    </message>
    <message>
        <source>DTR</source>
        <translation>DTR</translation>
    </message>
    <message>
        <source>Baud</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>控制线</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a baud rate</source>
        <translation>“%1”不是波特率</translation>
    </message>
    <message>
        <source>choose a serial port</source>
        <translation>请选择串口</translation>
    </message>
    <message>
        <source>choose an endpoint</source>
        <translation>请选择端点</translation>
    </message>
</context>
<context>
    <name>s2e::ui::FirmwareDialog</name>
    <message>
        <source>Send it anyway (the module may not start with it)</source>
        <translation>仍然发送（模块可能无法用它启动）</translation>
    </message>
    <message>
        <source>Upgrade firmware of %1</source>
        <translation>升级 %1 的固件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Firmware image</source>
        <translation>固件映像</translation>
    </message>
    <message>
        <source>Firmware images (*.bin);;All files (*)</source>
        <translation>固件映像 (*.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Module %1 (%2), firmware %3</source>
        <translation>模块 %1（%2），固件 %3</translation>
    </message>
    <message>
        <source>Upgrade</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Firmware image:</source>
        <translation>固件映像：</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), version %1, SHA-256 %2</source>
        <translation>
            <numerusform>%n 字节，版本 %1，SHA-256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1
Refused: %2</source>
        <translation>%1
已拒绝：%2</translation>
    </message>
    <message>
        <source>Done: the module answered at %1 with firmware %2</source>
        <translation>完成：模块在 %1 应答，固件 %2</translation>
    </message>
    <message>
        <source>The boot loader will be given the address %1 and read the image from %2.</source>
        <translation>引导程序将获得地址 %1，并从 %2 读取映像。</translation>
    </message>
    <message>
        <source>this machine&apos;s address in its subnet</source>
        <translation>本机在其子网中的地址</translation>
    </message>
</context>
<context>
    <name>s2e::ui::JobDialog</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>s2e::ui::LoginDialog</name>
    <message>
        <source>Log in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>The module rejected the user name or password.</source>
        <translation>模块拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>s2e::ui::MainWindow</name>
    <message>
        <source>Serial</source>
        <translation>串口</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>Recent profiles</source>
        <translation>最近的配置文件</translation>
    </message>
    <message>
        <source>s2e-studio</source>
        <translation>s2e-studio</translation>
    </message>
    <message>
        <source>Filter by address, MAC or name</source>
        <translation>按地址、MAC 或名称筛选</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>AT console</source>
        <translation>AT 控制台</translation>
    </message>
    <message>
        <source>Test console</source>
        <translation>测试控制台</translation>
    </message>
    <message>
        <source>WebSocket terminal</source>
        <translation>WebSocket 终端</translation>
    </message>
    <message>
        <source>Virtual COM</source>
        <translation>虚拟串口</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Write the changes, store them, restart the module and verify</source>
        <translation>写入修改、保存、重启模块并核对</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Factory reset…</source>
        <translation>恢复出厂设置…</translation>
    </message>
    <message>
        <source>Open web page</source>
        <translation>打开网页</translation>
    </message>
    <message>
        <source>Upgrade firmware…</source>
        <translation>升级固件…</translation>
    </message>
    <message>
        <source>Upload web pages…</source>
        <translation>上传网页…</translation>
    </message>
    <message>
        <source>Export profile…</source>
        <translation>导出配置文件…</translation>
    </message>
    <message>
        <source>Apply profile…</source>
        <translation>应用配置文件…</translation>
    </message>
    <message>
        <source>Apply edits to selected…</source>
        <translation>将修改应用到所选模块…</translation>
    </message>
    <message>
        <source>Write the fields changed in the form to every selected module</source>
        <translation>将表单中修改的字段写入每个所选模块</translation>
    </message>
    <message>
        <source>Copy MAC</source>
        <translation>复制 MAC</translation>
    </message>
    <message>
        <source>Copy IP address</source>
        <translation>复制 IP 地址</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>模块(&amp;M)</translation>
    </message>
    <message>
        <source>Cannot search %1</source>
        <translation>无法搜索 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) found</source>
        <translation>
            <numerusform>找到 %n 个模块</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1: parameters read</source>
        <translation>%1：参数已读取</translation>
    </message>
    <message>
        <source>%1: module rejected the user name or password</source>
        <translation>%1：模块拒绝了用户名或密码</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) saved and verified</source>
        <translation>
            <numerusform>%1：已保存并核对 %n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>恢复出厂设置</translation>
    </message>
    <message>
        <source>Restore the factory parameters of %1 (%2) and restart it? Its address, work mode and passwords go back to the defaults.</source>
        <translation>恢复 %1（%2）的出厂参数并重启？其地址、工作模式和密码都将恢复为默认值。</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1：%2…</translation>
    </message>
    <message>
        <source>%1: restarted, answering at %2</source>
        <translation>%1：已重启，在 %2 应答</translation>
    </message>
    <message>
        <source>Cannot open %1: no web browser is set up</source>
        <translation>无法打开 %1：未设置网页浏览器</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>upgrade failed</source>
        <translation>升级失败</translation>
    </message>
    <message>
        <source>%1: firmware upgraded</source>
        <translation>%1：固件已升级</translation>
    </message>
    <message>
        <source>web pages uploaded</source>
        <translation>网页已上传</translation>
    </message>
    <message>
        <source>upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>%1: web pages uploaded</source>
        <translation>%1：网页已上传</translation>
    </message>
    <message>
        <source>select a module and read it first</source>
        <translation>请先选择并读取一个模块</translation>
    </message>
    <message>
        <source>Export profile</source>
        <translation>导出配置文件</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>配置文件 (*.json)</translation>
    </message>
    <message>
        <source>Apply profile</source>
        <translation>应用配置文件</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>配置文件 %1</translation>
    </message>
    <message>
        <source>Fields edited on %1</source>
        <translation>在 %1 上修改的字段</translation>
    </message>
    <message>
        <source>Select the modules to apply to first</source>
        <translation>请先选择要应用的模块</translation>
    </message>
    <message>
        <source>Batch done: every module saved and verified</source>
        <translation>批量完成：所有模块已保存并核对</translation>
    </message>
    <message numerus="yes">
        <source>Batch done: %n module(s) failed</source>
        <translation>
            <numerusform>批量完成：%n 个模块失败</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The language changes when s2e-studio starts again</source>
        <translation>重新启动 s2e-studio 后语言才会改变</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Save them now? The save goes on while you look at another module.</source>
        <translation>%1 的修改尚未保存。现在保存吗？查看其他模块时保存会继续进行。</translation>
    </message>
    <message>
        <source>%1: profile saved to %2 (with the password)</source>
        <translation>%1：配置文件已保存到 %2（包含密码）</translation>
    </message>
    <message>
        <source>%1: profile saved to %2; the password is left out</source>
        <translation>%1：配置文件已保存到 %2；未包含密码</translation>
    </message>
    <message>
        <source>Include the password (anyone with the file can read it)</source>
        <translation>包含密码（任何拿到文件的人都能读到）</translation>
    </message>
    <message>
        <source>Operations running</source>
        <translation>仍有操作在进行</translation>
    </message>
    <message>
        <source>Still running:
%1

Quit anyway? Each stops where it is, and its module keeps what it was sent so far.</source>
        <translation>仍在进行：
%1

仍要退出吗？每个操作将停在当前步骤，模块保留已发送的内容。</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Quit and lose them?</source>
        <translation>%1 的修改尚未保存。退出并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>upgrading firmware</source>
        <translation>正在升级固件</translation>
    </message>
    <message>
        <source>uploading web pages</source>
        <translation>正在上传网页</translation>
    </message>
    <message>
        <source>net AT session in the AT console</source>
        <translation>AT 控制台中的网络 AT 会话</translation>
    </message>
    <message>
        <source>Add a folder of serial port links…</source>
        <translation>添加串口链接文件夹…</translation>
    </message>
    <message>
        <source>Folder of serial port links (s2e-emu --pty-link)</source>
        <translation>串口链接文件夹（s2e-emu --pty-link）</translation>
    </message>
    <message>
        <source>No module answered on %1</source>
        <translation>%1 上没有模块应答</translation>
    </message>
    <message>
        <source>%1, UDP port %2</source>
        <translation>%1，UDP 端口 %2</translation>
    </message>
    <message>
        <source>No module answered on %1.

Check that the modules are powered and on this network, choose another adapter or type a module&apos;s address in the box above, and press Search (F5) again. To try the program without hardware, start it with --demo.</source>
        <translation>%1 上没有模块应答。

请确认模块已上电并在此网络中，选择其他网卡或在上方输入框中输入模块地址，然后再次按“搜索”（F5）。没有硬件时可用 --demo 启动本程序试用。</translation>
    </message>
    <message>
        <source>No modules yet.

Press Search (F5) to ask every module on %1, or type a module&apos;s address in the box above. To try the program without hardware, start it with --demo: five virtual modules answer on this computer.</source>
        <translation>还没有模块。

按“搜索”（F5）询问 %1 上的所有模块，或在上方输入框中输入模块地址。没有硬件时可用 --demo 启动本程序：五个虚拟模块在本机应答。</translation>
    </message>
    <message numerus="yes">
        <source>%n serial port link(s) in %1</source>
        <translation>
            <numerusform>%1 中有 %n 个串口链接</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Modbus poll</source>
        <translation>Modbus 轮询</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s) saved and verified (the module stores on write: no store command, restarted and read back)</source>
        <translation>
            <numerusform>%1：已保存并核对 %n 个字段（模块在写入时即保存：无保存命令，已重启并读回）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2e::ui::ModbusPane</name>
    <message>
        <source>Coils (0x)</source>
        <translation>线圈（0x）</translation>
    </message>
    <message>
        <source>Discrete inputs (1x)</source>
        <translation>离散输入（1x）</translation>
    </message>
    <message>
        <source>Holding registers (4x)</source>
        <translation>保持寄存器（4x）</translation>
    </message>
    <message>
        <source>Input registers (3x)</source>
        <translation>输入寄存器（3x）</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Modbus TCP</source>
        <translation>Modbus TCP</translation>
    </message>
    <message>
        <source>Modbus RTU (serial)</source>
        <translation>Modbus RTU（串口）</translation>
    </message>
    <message>
        <source>HOST:PORT of a module&apos;s data port with &quot;Modbus TCP&quot; on, or of any Modbus TCP server</source>
        <translation>开启了“Modbus TCP”的模块数据端口，或任意 Modbus TCP 服务器的 主机:端口</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>无符号</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>有符号</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Float32, ABCD</source>
        <translation>Float32，ABCD</translation>
    </message>
    <message>
        <source>Float32, CDAB</source>
        <translation>Float32，CDAB</translation>
    </message>
    <message>
        <source>Float32 takes two registers: ABCD has the high word first, CDAB the low word</source>
        <translation>Float32 占两个寄存器：ABCD 高字在前，CDAB 低字在前</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Poll every N ms; &quot;once&quot; reads one time</source>
        <translation>每 N 毫秒轮询一次；“一次”只读一次</translation>
    </message>
    <message>
        <source>values to write from the address, e.g. 1 2 3 (coils: 0 or 1)</source>
        <translation>从该地址起要写入的值，例如 1 2 3（线圈：0 或 1）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Show as</source>
        <translation>显示为</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>choose a serial port and a baud rate</source>
        <translation>请选择串口和波特率</translation>
    </message>
    <message>
        <source>only holding registers and coils can be written</source>
        <translation>只能写保持寄存器和线圈</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value to write (%2)</source>
        <translation>“%1”不是可写入的值（%2）</translation>
    </message>
    <message>
        <source>0 or 1</source>
        <translation>0 或 1</translation>
    </message>
    <message>
        <source>0 to 65535</source>
        <translation>0 到 65535</translation>
    </message>
    <message>
        <source>type the values to write</source>
        <translation>请输入要写入的值</translation>
    </message>
    <message>
        <source>at most %1 values in one write</source>
        <translation>一次最多写入 %1 个值</translation>
    </message>
    <message>
        <source>at most %1 in one read</source>
        <translation>一次最多读取 %1 个</translation>
    </message>
    <message>
        <source>→ unit %1: read %2 × %3 from %4%5</source>
        <translation>→ 单元 %1：从 %4 读取 %2 × %3%5</translation>
    </message>
    <message>
        <source>, every %1 ms</source>
        <translation>，每 %1 毫秒</translation>
    </message>
    <message>
        <source>→ unit %1: write %2 from %3: %4</source>
        <translation>→ 单元 %1：从 %3 写入 %2：%4</translation>
    </message>
    <message>
        <source>← %1 ms: %2</source>
        <translation>← %1 毫秒：%2</translation>
    </message>
    <message>
        <source>← %1</source>
        <translation>← %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 request(s), %2 error(s); last %3 ms, mean %4 ms</source>
        <translation>%1 个请求，%2 个错误；最近 %3 毫秒，平均 %4 毫秒</translation>
    </message>
</context>
<context>
    <name>s2e::ui::ParameterEditor</name>
    <message>
        <source>Basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>unknown for this model: left as it is</source>
        <translation>此型号未知：保持原样</translation>
    </message>
    <message>
        <source>Open it in the test console or the AT console to reach the module&apos;s serial side</source>
        <translation>在测试控制台或 AT 控制台中打开它，即可访问模块的串口侧</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>串口</translation>
    </message>
    <message numerus="yes">
        <source>up to %n character(s)</source>
        <translation>
            <numerusform>最多 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The module keeps at most %n character(s) here.</source>
        <translation>
            <numerusform>模块在此最多保存 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 › %2：%3</translation>
    </message>
    <message>
        <source>Save is off until these are valid: %1</source>
        <translation>以下各项有效前无法保存：%1</translation>
    </message>
    <message>
        <source>A value on this tab is not valid</source>
        <translation>此页上有无效的值</translation>
    </message>
</context>
<context>
    <name>s2e::ui::ScreenshotTour</name>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>reading the first module</source>
        <translation>读取第一个模块</translation>
    </message>
    <message>
        <source>Edits of the first module</source>
        <translation>第一个模块的修改</translation>
    </message>
    <message>
        <source>no batch dialog</source>
        <translation>没有批量对话框</translation>
    </message>
    <message>
        <source>the batch</source>
        <translation>批量操作</translation>
    </message>
    <message>
        <source>AT answers</source>
        <translation>AT 应答</translation>
    </message>
    <message>
        <source>the console&apos;s connection</source>
        <translation>控制台的连接</translation>
    </message>
    <message>
        <source>the virtual COM port</source>
        <translation>虚拟串口</translation>
    </message>
    <message>
        <source>timed out waiting for %1</source>
        <translation>等待%1超时</translation>
    </message>
    <message>
        <source>cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>the firmware dialog to close</source>
        <translation>固件对话框关闭</translation>
    </message>
    <message>
        <source>the Modbus write</source>
        <translation>Modbus 写入</translation>
    </message>
    <message>
        <source>the Modbus read</source>
        <translation>Modbus 读取</translation>
    </message>
</context>
<context>
    <name>s2e::ui::SearchTargetBox</name>
    <message>
        <source>Where search and setting commands are sent</source>
        <translation>搜索和设置命令的发送目标</translation>
    </message>
    <message>
        <source>All network adapters</source>
        <translation>所有网卡</translation>
    </message>
    <message>
        <source>Adapter %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Custom addresses…</source>
        <translation>自定义地址…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>“%1”不是 IPv4 地址</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>未给出地址</translation>
    </message>
    <message>
        <source>Custom search addresses</source>
        <translation>自定义搜索地址</translation>
    </message>
    <message>
        <source>Broadcast or module addresses, separated by commas:</source>
        <translation>广播地址或模块地址，用逗号分隔：</translation>
    </message>
</context>
<context>
    <name>s2e::ui::SendBox</name>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每隔</translation>
    </message>
    <message>
        <source>ASCII with \r \n \t \xNN, or hex bytes; Ctrl+Return sends</source>
        <translation>ASCII（可用 \r \n \t \xNN）或十六进制字节；Ctrl+Enter 发送</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>No line end</source>
        <translation>无行尾</translation>
    </message>
    <message>
        <source>Send (Ctrl+Return)</source>
        <translation>发送（Ctrl+Enter）</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>Send file…</source>
        <translation>发送文件…</translation>
    </message>
    <message>
        <source>Send file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <source>Macros</source>
        <translation>宏</translation>
    </message>
    <message>
        <source>Save as macro</source>
        <translation>保存为宏</translation>
    </message>
</context>
<context>
    <name>s2e::ui::SerialPortBox</name>
    <message>
        <source>A serial port, a virtual module&apos;s, or the path of any terminal device</source>
        <translation>串口、虚拟模块的串口，或任意终端设备的路径</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>s2e::ui::TrafficModel</name>
    <message numerus="yes">
        <source>%n older chunk(s) no longer in memory</source>
        <translation>
            <numerusform>%n 个较早的数据块已不在内存中</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>s2e::ui::TrafficView</name>
    <message>
        <source>Hex + ASCII</source>
        <translation>十六进制 + ASCII</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop updating the view; everything is still received and logged</source>
        <translation>停止刷新视图；数据仍会全部接收并记录</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Empty the view; the counters stay (Reset counts sets them to zero)</source>
        <translation>清空显示；计数保留（“计数清零”将其归零）</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found</source>
        <translation>未找到“%1”</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>As text, CSV or raw bytes…</source>
        <translation>保存为文本、CSV 或原始字节…</translation>
    </message>
    <message>
        <source>Log to file</source>
        <translation>记录到文件</translation>
    </message>
    <message>
        <source>Write every chunk to a file as it arrives, for captures longer than memory</source>
        <translation>每个数据块到达时写入文件，用于超过内存容量的长时间抓取</translation>
    </message>
    <message>
        <source>Save traffic</source>
        <translation>保存收发数据</translation>
    </message>
    <message>
        <source>Text (*.txt);;CSV (*.csv);;Received bytes, raw (*.bin)</source>
        <translation>文本 (*.txt);;CSV (*.csv);;接收的原始字节 (*.bin)</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Log traffic to</source>
        <translation>记录收发数据到</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>未选择文件</translation>
    </message>
</context>
<context>
    <name>s2e::ui::VcomPanel</name>
    <message>
        <source>UDP instead of TCP</source>
        <translation>使用 UDP 而不是 TCP</translation>
    </message>
    <message>
        <source>Similar RFC2217: the module follows the program&apos;s speed</source>
        <translation>类 RFC2217：模块跟随程序的波特率</translation>
    </message>
    <message>
        <source>module address</source>
        <translation>模块地址</translation>
    </message>
    <message>
        <source>The serial device path programs open; a link to a pseudo-terminal</source>
        <translation>程序打开的串口设备路径；指向伪终端的链接</translation>
    </message>
    <message>
        <source>the program&apos;s (speed and stop bits on Linux)</source>
        <translation>程序设置的（Linux 上为波特率和停止位）</translation>
    </message>
    <message>
        <source>Linux pseudo-terminals cannot carry data bits and parity: choose the format to send with the followed speed</source>
        <translation>Linux 伪终端无法传递数据位和校验位：请选择与跟随的波特率一起发送的格式</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Serial device</source>
        <translation>串口设备</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To module</source>
        <translation>发往模块</translation>
    </message>
    <message>
        <source>From module</source>
        <translation>来自模块</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接次数</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Module data port</source>
        <translation>模块数据端口</translation>
    </message>
    <message>
        <source>Format sent</source>
        <translation>发送的格式</translation>
    </message>
    <message>
        <source>give the serial device path to create</source>
        <translation>请给出要创建的串口设备路径</translation>
    </message>
    <message>
        <source>%1 is already bridged to %2</source>
        <translation>%1 已桥接到 %2</translation>
    </message>
    <message>
        <source>%1 is bridged to %2</source>
        <translation>%1 已桥接到 %2</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 已移除</translation>
    </message>
</context>
<context>
    <name>s2e::ui::WebPageDialog</name>
    <message>
        <source>Upload web pages to %1</source>
        <translation>上传网页到 %1</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>Folder of web pages</source>
        <translation>网页文件夹</translation>
    </message>
    <message>
        <source>Image file…</source>
        <translation>映像文件…</translation>
    </message>
    <message>
        <source>Web page image</source>
        <translation>网页映像</translation>
    </message>
    <message>
        <source>Web page images (*.bin);;All files (*)</source>
        <translation>网页映像 (*.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Module %1 at %2, TCP port %3</source>
        <translation>模块 %1，地址 %2，TCP 端口 %3</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Web pages (a folder, or an image built by s2ectl fs-image):</source>
        <translation>网页（文件夹，或由 s2ectl fs-image 生成的映像）：</translation>
    </message>
    <message>
        <source>%1: not a web page image: %2</source>
        <translation>%1：不是网页映像：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), </source>
        <translation>
            <numerusform>%n 个文件，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) in the image</source>
        <translation>
            <numerusform>映像共 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 bytes sent</source>
        <translation>已发送 %1/%2 字节</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Done: the module acknowledged every block</source>
        <translation>完成：模块已确认所有数据块</translation>
    </message>
</context>
</TS>
